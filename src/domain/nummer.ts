/** Format an aanvraag number: prefix, year and sequence, "MW-2026-0007". */
export function formatNummer(prefix: "MW" | "IN", jaar: number, volgnummer: number): string {
  return `${prefix}-${jaar}-${String(volgnummer).padStart(4, "0")}`;
}

/** The counter key a number is drawn from: one sequence per SWV, prefix and year. */
export function tellerSleutel(swvId: string, prefix: "MW" | "IN", jaar: number): string {
  return `${swvId}:${prefix}:${jaar}`;
}

/** The beschikking number for a granted aanvraag. */
export function beschikkingsnummer(aanvraagnummer: string): string {
  return `B-${aanvraagnummer}`;
}

/** Read an aanvraag number from loose user text ("mw 2026 7" → "MW-2026-0007"). */
export function leesNummer(tekst: string): string | undefined {
  const m = /\b(mw|in)[\s\-_]*(\d{4})[\s\-_]*(\d{1,6})\b/i.exec(tekst);
  if (!m) return undefined;
  return formatNummer(m[1]!.toUpperCase() as "MW" | "IN", Number(m[2]), Number(m[3]));
}
