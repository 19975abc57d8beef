import { leesNummer } from "../domain/nummer.js";
import { bevat } from "./tikfout.js";

/** The chat commands the bot understands so far. */
export type Commando =
  | { soort: "nieuwe-aanvraag" | "mijn-concepten" | "help" | "geen-vervanger" | "groet" }
  | { soort: "geschiedenis"; nummer?: string }
  | { soort: "verleng"; nummer?: string }
  | { soort: "vervanger"; naam: string; voor?: string; van?: string; tot?: string };

/** A date as users type it, "2026-12-04" or "4-12-2026", as ISO; undefined otherwise. */
export function leesDatum(tekst: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(tekst);
  const nl = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(tekst);
  const [j, m, d] = iso ? [iso[1], iso[2], iso[3]] : nl ? [nl[3], nl[2], nl[1]] : [];
  if (!j || !m || !d) return undefined;
  return `${j}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/**
 * "vervanger Fatima El Amrani van 23-11-2026 tot 4-12-2026": the name and the dates, as typed;
 * staff add for whom: "vervanger Fatima El Amrani voor Mark Jansen tot 4-12-2026".
 */
function leesVervanger(tekst: string): Commando {
  const rest = tekst.trim().replace(/^\S+\s*/, "");
  const m = /^(.*?)(?:\s+voor\s+(.*?))?(?:\s+van\s+(\S+))?(?:\s+(?:tot en met|tot|t\/m)\s+(\S+))?\s*$/i.exec(rest);
  const voor = m?.[2]?.trim();
  const van = m?.[3] ? leesDatum(m[3]) : undefined;
  const tot = m?.[4] ? leesDatum(m[4]) : undefined;
  return { soort: "vervanger", naam: (m?.[1] ?? "").trim(), ...(voor ? { voor } : {}), ...(van ? { van } : {}), ...(tot ? { tot } : {}) };
}

/** A greeting and nothing more: "hoi", "Hallo!", "goedemorgen allemaal". */
const GROET = /^(hoi|hallo|hai|hey|hee|hi|hello|dag|goeiedag|goedendag|goedemorgen|goedemiddag|goedenavond|morgen|middag|avond)( (allemaal|daar|bot|maatwerkbot))?$/;

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
  const woorden = t.split(" ");
  if (GROET.test(t)) return { soort: "groet" };
  if (/geschiedenis|historie|verloop/.test(t) || bevat(woorden, "geschiedenis", "historie")) return { soort: "geschiedenis", nummer: leesNummer(tekst) };
  if (/^geen (vervanger|vervanging)/.test(t)) return { soort: "geen-vervanger" };
  if (/^verleng/.test(t)) return { soort: "verleng", nummer: leesNummer(tekst) };
  if (/^(vervanger|vervanging)\b/.test(t)) return leesVervanger(tekst);
  if (/\b(nieuw|nieuwe|start|begin)\b/.test(t) && /aanvra/.test(t)) return { soort: "nieuwe-aanvraag" };
  if (/concept/.test(t)) return { soort: "mijn-concepten" };
  if (bevat(woorden, "help", "hulp", "menu") || t === "") return { soort: "help" };
  return undefined;
}
