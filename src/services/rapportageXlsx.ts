import { DateTime } from "luxon";
import type { Rapportregel } from "../domain/rapportage.js";

/** Excel's number format for euro amounts, shown the Dutch way by a Dutch Excel ("€ 2.080,00"). */
export const EURO_FORMAAT = '"€" #,##0.00;-"€" #,##0.00';
/** Excel's number format for dates. */
export const DATUM_FORMAAT = "dd-mm-yyyy";

const KOLOMMEN: { header: string; key: string; width: number; numFmt?: string }[] = [
  { header: "Naam", key: "naam", width: 36 },
  { header: "Aanvragen", key: "aanvragen", width: 11 },
  { header: "Gevraagd", key: "gevraagd", width: 14, numFmt: EURO_FORMAAT },
  { header: "Toegekend", key: "toegekend", width: 14, numFmt: EURO_FORMAAT },
  { header: "Waarvoor (regeling: aantal)", key: "regelingen", width: 50 },
  { header: "Met vso-expertise", key: "vsoExpertise", width: 17 },
  { header: "Effect ja", key: "effectJa", width: 10 },
  { header: "Effect deels", key: "effectDeels", width: 12 },
  { header: "Effect nee", key: "effectNee", width: 10 },
  { header: "Besluit na (dagen, gemiddeld)", key: "doorlooptijd", width: 16, numFmt: "0.0" },
];

/** A date as Excel stores it: midnight UTC of the calendar day, so it shows that day in any zone. */
const excelDatum = (iso: string) => DateTime.fromISO(iso, { zone: "utc" }).toJSDate();

/**
 * The monitoring report as an Excel workbook: one sheet per view (per school, per
 * bestuur) with numbers as numbers, amounts in a euro format, and a sheet about the
 * report with its dates as dates.
 */
export async function rapportageXlsx(regels: readonly Rapportregel[], schooljaar: string, gemaaktOp: string): Promise<Buffer> {
  // Loaded on the first workbook, not at start: exceljs adds about 8 MB to a bot that may never export one.
  const { default: ExcelJS } = await import("exceljs");
  const boek = new ExcelJS.Workbook();
  boek.creator = "maatwerkbot";
  for (const [niveau, titel] of [["school", "Per school"], ["bestuur", "Per bestuur"]] as const) {
    const blad = boek.addWorksheet(titel, { views: [{ state: "frozen", ySplit: 1 }] });
    blad.columns = KOLOMMEN.map((k) => ({ header: k.header, key: k.key, width: k.width, ...(k.numFmt ? { style: { numFmt: k.numFmt } } : {}) }));
    blad.getRow(1).font = { bold: true };
    for (const r of regels.filter((x) => x.niveau === niveau))
      blad.addRow({
        naam: r.naam,
        aanvragen: r.aanvragen,
        gevraagd: r.gevraagd / 100,
        toegekend: r.toegekend / 100,
        regelingen: Object.entries(r.regelingen).map(([naam, n]) => `${naam}: ${n}`).join("; "),
        vsoExpertise: r.vsoExpertise,
        effectJa: r.effect.ja,
        effectDeels: r.effect.deels,
        effectNee: r.effect.nee,
        doorlooptijd: r.doorlooptijdDagen ?? null,
      });
  }
  const over = boek.addWorksheet("Over dit rapport");
  over.columns = [{ width: 22 }, { width: 40 }];
  const begin = Number(schooljaar.slice(0, 4));
  over.addRows([
    ["Schooljaar", schooljaar],
    ["Van", excelDatum(`${begin}-08-01`)],
    ["Tot en met", excelDatum(`${begin + 1}-07-31`)],
    ["Gemaakt op", excelDatum(gemaaktOp)],
  ]);
  for (const rij of [2, 3, 4]) over.getCell(rij, 2).numFmt = DATUM_FORMAAT;
  return Buffer.from(await boek.xlsx.writeBuffer());
}
