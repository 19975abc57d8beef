import type { Aanvraag, DoelOordeel, Voortgangsoordeel } from "./aanvraag.js";
import type { Regeling } from "./regeling.js";

/** At most this many goals are followed one by one; a longer list is followed as a whole. */
export const MAX_DOELEN = 8;
const MAX_LENGTE = 300;

/** A list marker at the start of a line: "-", "*", "•", "1.", "1)", "a.". */
const OPSOMMING = /^\s*(?:[-*•–]|\d{1,2}[.)]|[a-h][.)])\s+/;

/**
 * The goals of an aanvraag: the answer to the regeling's goals criterion, one goal per
 * line or list item. A single text is one goal; no answer, or more than MAX_DOELEN
 * lines, gives no separate goals (progress is then judged as a whole).
 */
export function doelenVan(a: Pick<Aanvraag, "antwoorden">, r: Pick<Regeling, "voortgang">): string[] {
  const tekst = a.antwoorden[r.voortgang.doelen];
  if (typeof tekst !== "string") return [];
  const regels = tekst
    .split(/\r?\n/)
    .map((regel) => regel.replace(OPSOMMING, "").trim())
    .filter((regel) => regel !== "");
  if (regels.length > MAX_DOELEN) return [];
  return regels.map((regel) => (regel.length > MAX_LENGTE ? `${regel.slice(0, MAX_LENGTE - 1)}…` : regel));
}

/** The overall progress from the progress per goal: on course when every goal is, not when none is, partly otherwise. */
export function totaalOordeel(perDoel: readonly DoelOordeel[]): Voortgangsoordeel | undefined {
  if (perDoel.length === 0) return undefined;
  if (perDoel.every((d) => d.oordeel === "op-koers")) return "op-koers";
  if (perDoel.every((d) => d.oordeel === "niet")) return "niet";
  return "deels";
}
