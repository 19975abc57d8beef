import { leesNummer } from "../domain/nummer.js";

/** The chat commands the bot understands so far. */
export type Commando = { soort: "nieuwe-aanvraag" | "mijn-concepten" | "help" } | { soort: "geschiedenis"; nummer?: string };

/** Lower case, no accents or punctuation, single spaces: "Nieuwe  Aanvraag!" → "nieuwe aanvraag". */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Recognise a chat command in what a user typed; undefined when it is none of them. */
export function herkenCommando(tekst: string): Commando | undefined {
  const t = normaliseer(tekst);
  const woorden = new Set(t.split(" "));
  if (/geschiedenis|historie|verloop/.test(t)) return { soort: "geschiedenis", nummer: leesNummer(tekst) };
  if (/\b(nieuw|nieuwe|start|begin)\b/.test(t) && /aanvra/.test(t)) return { soort: "nieuwe-aanvraag" };
  if (/concept/.test(t)) return { soort: "mijn-concepten" };
  if (woorden.has("help") || woorden.has("hulp") || t === "" || woorden.has("menu")) return { soort: "help" };
  return undefined;
}
