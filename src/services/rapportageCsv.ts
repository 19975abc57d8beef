import { stringify } from "csv-stringify/sync";
import type { Rapportregel } from "../domain/rapportage.js";

/** The columns of the report's CSV, in order (Dutch, as the SWV's staff read them in a spreadsheet). */
export const KOLOMMEN = ["niveau", "id", "naam", "aanvragen", "gevraagd_eur", "toegekend_eur", "regelingen", "vso_expertise", "effect_ja", "effect_deels", "effect_nee", "doorlooptijd_besluit_dagen"] as const;

/** A number as Dutch Excel reads it: decimal comma, no thousands separator ("2080,00"). */
const komma = (n: number, decimalen: number) => n.toFixed(decimalen).replace(".", ",");
const euro = (centen: number) => komma(centen / 100, 2);

/**
 * The monitoring report as CSV for Dutch Excel: UTF-8 with a byte order mark (so accents
 * survive), semicolons between fields and a decimal comma in amounts and days; a header
 * and one row per school and per bestuur.
 */
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
    r.doorlooptijdDagen === undefined ? "" : komma(r.doorlooptijdDagen, 1),
  ]);
  return `\uFEFF${stringify(rijen, { header: true, columns: [...KOLOMMEN], delimiter: ";" })}`;
}
