import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { kenToe, wijsAf } from "../../src/domain/lifecycle.js";
import { rapportage } from "../../src/domain/rapportage.js";
import { rapportageCsv, type KOLOMMEN } from "../../src/services/rapportageCsv.js";
import { EURO_FORMAAT, rapportageXlsx } from "../../src/services/rapportageXlsx.js";
import { begroting, BESLISSER, demoSwv, ingediend, NU, regeling, toekenning } from "../domain/builders.js";

const almere = regeling("almere-maatwerk");
const dagen = (n: number) => new Date(NU.getTime() + n * 86_400_000);
const regels = rapportage(
  demoSwv(),
  [almere],
  [
    kenToe(ingediend(almere, { begroting: begroting(208000) }), almere, toekenning({ bedrag: 208000 }), { door: BESLISSER }, dagen(3)),
    wijsAf(ingediend(almere, { begroting: begroting(123456) }, { nummer: "MW-2026-0002" }), { reden: "Past niet." }, { door: BESLISSER }, dagen(2)),
  ],
  "2026-2027",
);

/** A cell as Dutch Excel reads it: a decimal comma makes a number, anything else stays text. */
const alsNederlandsExcel = (cel: string): string | number => (/^-?\d+(,\d+)?$/.test(cel) ? Number(cel.replace(",", ".")) : cel);

describe("the rapportage export Dutch Excel opens correctly", () => {
  it("CSV: UTF-8 with BOM, semicolons, decimal comma; every figure read as Dutch Excel reads it equals the report's", () => {
    const csv = rapportageCsv(regels);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("2080,00");
    expect(csv).not.toMatch(/\d\.\d\d;/);
    const rijen = parse(csv, { bom: true, delimiter: ";", columns: true }) as Record<(typeof KOLOMMEN)[number], string>[];
    expect(rijen).toHaveLength(regels.length);
    rijen.forEach((rij, i) => {
      const r = regels[i]!;
      expect(rij.naam).toBe(r.naam);
      expect(alsNederlandsExcel(rij.aanvragen)).toBe(r.aanvragen);
      expect(alsNederlandsExcel(rij.gevraagd_eur)).toBe(r.gevraagd / 100);
      expect(alsNederlandsExcel(rij.toegekend_eur)).toBe(r.toegekend / 100);
      expect(alsNederlandsExcel(rij.vso_expertise)).toBe(r.vsoExpertise);
      expect(rij.doorlooptijd_besluit_dagen === "" ? undefined : alsNederlandsExcel(rij.doorlooptijd_besluit_dagen)).toBe(r.doorlooptijdDagen);
    });
    expect(rijen.find((r) => r.id === "01AA")).toMatchObject({ gevraagd_eur: "3314,56", toegekend_eur: "2080,00", doorlooptijd_besluit_dagen: "2,5" });
  });

  it(".xlsx: a sheet per school and per bestuur, numbers as numbers, amounts in a euro format, dates as dates; every figure equals the report's", async () => {
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load((await rapportageXlsx(regels, "2026-2027", "2026-11-05")) as never);
    expect(boek.worksheets.map((w) => w.name)).toEqual(["Per school", "Per bestuur", "Over dit rapport"]);
    for (const [blad, niveau] of [["Per school", "school"], ["Per bestuur", "bestuur"]] as const) {
      const w = boek.getWorksheet(blad)!;
      const verwacht = regels.filter((r) => r.niveau === niveau);
      expect(w.rowCount).toBe(verwacht.length + 1);
      verwacht.forEach((r, i) => {
        const rij = w.getRow(i + 2);
        expect(rij.getCell(1).value).toBe(r.naam);
        expect(rij.getCell(2).value).toBe(r.aanvragen);
        expect(rij.getCell(3).value).toBe(r.gevraagd / 100);
        expect(rij.getCell(4).value).toBe(r.toegekend / 100);
        expect(rij.getCell(3).numFmt).toBe(EURO_FORMAAT);
        expect(rij.getCell(4).numFmt).toBe(EURO_FORMAAT);
        expect(rij.getCell(6).value).toBe(r.vsoExpertise);
        expect([rij.getCell(7).value, rij.getCell(8).value, rij.getCell(9).value]).toEqual([r.effect.ja, r.effect.deels, r.effect.nee]);
        expect(rij.getCell(10).value ?? undefined).toBe(r.doorlooptijdDagen);
      });
    }
    const regenboog = boek.getWorksheet("Per school")!.getRow(2);
    expect([regenboog.getCell(3).value, regenboog.getCell(4).value]).toEqual([3314.56, 2080]);
    const over = boek.getWorksheet("Over dit rapport")!;
    expect(over.getCell(2, 2).value).toEqual(new Date("2026-08-01T00:00:00Z"));
    expect(over.getCell(3, 2).value).toEqual(new Date("2027-07-31T00:00:00Z"));
    expect(over.getCell(4, 2).value).toEqual(new Date("2026-11-05T00:00:00Z"));
    expect(over.getCell(4, 2).numFmt).toBe("dd-mm-yyyy");
  });
});
