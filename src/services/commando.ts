/** The chat commands the bot understands so far. */
export type Commando = "nieuwe-aanvraag" | "mijn-concepten" | "help";

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
  if (/\b(nieuw|nieuwe|start|begin)\b/.test(t) && /aanvra/.test(t)) return "nieuwe-aanvraag";
  if (/concept/.test(t)) return "mijn-concepten";
  if (woorden.has("help") || woorden.has("hulp") || t === "" || woorden.has("menu")) return "help";
  return undefined;
}
