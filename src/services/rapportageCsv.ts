import { stringify } from "csv-stringify/sync";
import type { Rapportregel } from "../domain/rapportage.js";

/** The columns of the report's CSV, in order (Dutch, as the SWV's staff read them in a spreadsheet). */
export const KOLOMMEN = ["niveau", "id", "naam", "aanvragen", "gevraagd_eur", "toegekend_eur", "regelingen", "vso_expertise", "effect_ja", "effect_deels", "effect_nee", "doorlooptijd_besluit_dagen"] as const;

const euro = (centen: number) => (centen / 100).toFixed(2);

/** The monitoring report as CSV: a header and one row per school and per bestuur; semicolons, as Dutch spreadsheets expect. */
export function rapportageCsv(regels: readonly Rapportregel[]): string {
  const rijen = regels.map((r) => [
    r.niveau,
    r.id,
    r.naam,
    r.aanvragen,
    euro(r.gevraagd),
    euro(r.toegekend),
    Object.entries(r.regelingen)
      .map(([naam, n]) => `${naam}: ${n}`)
      .join(" | "),
    r.vsoExpertise,
    r.effect.ja,
    r.effect.deels,
    r.effect.nee,
    r.doorlooptijdDagen ?? "",
  ]);
  return stringify(rijen, { header: true, columns: [...KOLOMMEN], delimiter: ";" });
}
