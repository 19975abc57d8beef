import { DomainError } from "./errors.js";

/** True when a text holds half of a character pair (a lone surrogate), which must never be stored. */
export function heeftLosTeken(t: string): boolean {
  return /[\uD800-\uDFFF]/u.test(t);
}

/**
 * Refuse the free text of field `veld` when it holds a lone surrogate or is longer than
 * `max` (counted as the form counts: UTF-16 code units); never cut it. Returns the text.
 */
export function toetsTekst(veld: string, tekst: string, max: number): string {
  if (heeftLosTeken(tekst)) throw new DomainError("ONGELDIGE_TEKENS", { veld });
  if (tekst.length > max) throw new DomainError("TEKST_TE_LANG", { veld, max, lengte: tekst.length });
  return tekst;
}
