import { leesNummer } from "../../domain/nummer.js";
import { normaliseer } from "../chattekst.js";
import { bevat } from "../tikfout.js";

/** A status question asked in chat, understood without any AI service. */
export type Vraag =
  | { soort: "status"; nummer?: string }
  | { soort: "volgend-gesprek"; nummer?: string }
  | { soort: "mijn-aanvragen" }
  | { soort: "bij-mij" }
  | { soort: "openstaand"; school: string }
  | { soort: "lopend"; school: string }
  | { soort: "budget"; schooljaar?: string }
  | { soort: "rapportage"; schooljaar?: string };

/** The words left after taking out the key words of the question: the school a user named. */
const VULWOORDEN = new Set(["openstaande", "openstaand", "open", "aanvragen", "aanvraag", "van", "voor", "bij", "op", "de", "het", "school", "welke", "staan", "er", "nog", "zijn", "wat", "ligt", "lopen", "lopende", "alle", "toon", "laat", "zien", "me", "mij", "graag", "hoeveel", "in", "behandeling", "trajecten", "traject", "lopend"]);

/**
 * Recognises a status question in what a user typed; undefined when it is none. Tolerant
 * of capitals, accents, word order, extra words and one small typo per key word.
 */
export function herkenVraag(tekst: string): Vraag | undefined {
  const t = normaliseer(tekst);
  const woorden = t.split(" ").filter(Boolean);
  const nummer = leesNummer(tekst);
  if (bevat(woorden, "gesprek", "voortgangsgesprek", "gesprekken") && bevat(woorden, "volgende", "wanneer", "eerstvolgende", "volgend")) return { soort: "volgend-gesprek", ...(nummer ? { nummer } : {}) };
  const jaar = /\b(20\d\d)\s*[-/]\s*(20\d\d)\b/.exec(tekst);
  const schooljaar = jaar && Number(jaar[2]) === Number(jaar[1]) + 1 ? { schooljaar: `${jaar[1]}-${jaar[2]}` } : {};
  if (bevat(woorden, "rapportage", "monitoring", "rapport", "verantwoording")) return { soort: "rapportage", ...schooljaar };
  if (bevat(woorden, "budget", "budgetten", "jaarbudget", "geld", "potje")) return { soort: "budget", ...schooljaar };
  if (bevat(woorden, "status", "stand") || (nummer && bevat(woorden, "hoe", "waar", "staat"))) return { soort: "status", ...(nummer ? { nummer } : {}) };
  if ((woorden.includes("bij") && (woorden.includes("mij") || woorden.includes("me"))) || bevat(woorden, "besluiten", "beslissen", "goedkeuren")) return { soort: "bij-mij" };
  if (bevat(woorden, "lopende", "lopend") && bevat(woorden, "trajecten", "traject")) {
    const school = woorden.filter((w) => !VULWOORDEN.has(w) && !bevat([w], "lopende", "trajecten")).join(" ");
    return { soort: "lopend", school };
  }
  if (bevat(woorden, "openstaande", "openstaand", "lopende") || (woorden.includes("open") && bevat(woorden, "aanvragen"))) {
    const school = woorden.filter((w) => !VULWOORDEN.has(w) && !bevat([w], "openstaande", "aanvragen")).join(" ");
    return { soort: "openstaand", school };
  }
  if ((woorden.includes("mijn") || woorden.includes("m'n") || woorden.includes("mn")) && bevat(woorden, "aanvragen", "aanvraag", "dossiers", "trajecten")) return { soort: "mijn-aanvragen" };
  if (nummer && woorden.length <= 3) return { soort: "status", nummer };
  return undefined;
}
