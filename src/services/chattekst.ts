/** The arguments of "vervanger ...": who deputises, for whom (staff only) and from and until when. */
export interface Vervangerverzoek {
  naam: string;
  voor?: string;
  van?: string;
  tot?: string;
}

/** A date as users type it, "2026-12-04" or "4-12-2026", as ISO; undefined otherwise. */
export function leesDatum(tekst: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(tekst);
  const nl = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(tekst);
  const [j, m, d] = iso ? [iso[1], iso[2], iso[3]] : nl ? [nl[3], nl[2], nl[1]] : [];
  if (!j || !m || !d) return undefined;
  return `${j}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

/**
 * "vervanger Fatima El Amrani van 23-11-2026 tot 4-12-2026": the name and the dates, as typed
 * (the first word is the command's own); staff add for whom: "vervanger Fatima El Amrani voor Mark Jansen tot 4-12-2026".
 */
export function leesVervanger(tekst: string): Vervangerverzoek {
  const rest = tekst.trim().replace(/^\S+\s*/, "");
  const m = /^(.*?)(?:\s+voor\s+(.*?))?(?:\s+van\s+(\S+))?(?:\s+(?:tot en met|tot|t\/m)\s+(\S+))?\s*$/i.exec(rest);
  const voor = m?.[2]?.trim();
  const van = m?.[3] ? leesDatum(m[3]) : undefined;
  const tot = m?.[4] ? leesDatum(m[4]) : undefined;
  return { naam: (m?.[1] ?? "").trim(), ...(voor ? { voor } : {}), ...(van ? { van } : {}), ...(tot ? { tot } : {}) };
}

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
