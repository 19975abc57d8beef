import { describe, expect, it } from "vitest";
import { budgetoverzicht } from "../../src/domain/budgetoverzicht.js";
import { kenToe, sluitAf } from "../../src/domain/lifecycle.js";
import { BESLISSER, begroting, CONSULENT, demoSwv, ingediend, lopend, NU, regeling, SEED, splitsend, toegekend, toekenning } from "./builders.js";

const individueel = regeling("verbinding-individueel");
const groep = regeling("verbinding-groepsaanpak");
const almere = regeling("almere-maatwerk");

describe(`the budget overview per pot (${SEED.verbinding}: one pilot pot of € 150.000 for individueel and groep)`, () => {
  it("shows the shared pot once, by its name, with both regelingen; figures equal the hand calculation", () => {
    const aanvragen = [
      toegekend(individueel, 500000, { nummer: "MW-2026-0001" }), // € 5.000, 1 pupil
      sluitAf(lopend(individueel, 300000), { antwoorden: {} }, { door: CONSULENT }, NU), // € 3.000, 1 pupil
      toegekend(groep, 4000000, { nummer: "MW-2026-0003" }), // € 40.000, 5 pupils
      ingediend(individueel, { begroting: begroting(200000) }, { nummer: "MW-2026-0004" }), // € 2.000 waiting
      toegekend(almere, 100000, { nummer: "MW-2026-0005" }),
    ];
    const rijen = budgetoverzicht([almere, individueel, groep], aanvragen, "2026-2027");
    expect(rijen).toEqual([
      {
        naam: "Pilot maatwerkbudget De Verbinding",
        regelingen: [individueel.naam, groep.naam],
        schooljaar: "2026-2027",
        toegekend: 4800000,
        inBehandeling: 200000,
        jaarbudget: 15000000,
        resterend: 10200000,
        leerlingen: 7,
        overschrijding: 0,
      },
      { naam: almere.naam, regelingen: [almere.naam], schooljaar: "2026-2027", toegekend: 100000, inBehandeling: 0, leerlingen: 1, overschrijding: 0 },
    ]);
    expect(JSON.stringify(rijen)).not.toContain("verbinding-pilot");
    expect(budgetoverzicht([individueel, groep], aanvragen, "2027-2028")).toEqual([expect.objectContaining({ toegekend: 0, inBehandeling: 0, resterend: 15000000, leerlingen: 0 })]);
  });

  it("shows the overrun when grants exceed the pot", () => {
    const aanvragen = [toegekend(groep, 4000000), toegekend(groep, 4000000), toegekend(groep, 4000000), toegekend(groep, 4000000)];
    expect(budgetoverzicht([individueel, groep], aanvragen, "2026-2027")[0]).toMatchObject({ toegekend: 16000000, resterend: -1000000, overschrijding: 1000000 });
  });

  it("a beschikking split over two schooljaren counts its own part in each schooljaar's overview", () => {
    const r = splitsend(individueel);
    const periode = { start: "2027-06-01", eind: "2027-09-30" };
    const vakanties = demoSwv().schoolvakanties;
    const a = kenToe(ingediend(r, { begroting: begroting(800000), periode }), r, toekenning({ bedrag: 800000, periode, schoolweken: 12 }), { door: BESLISSER }, NU, vakanties);
    expect(budgetoverzicht([r], [a], "2026-2027", vakanties)[0]).toMatchObject({ toegekend: 466667, resterend: 15000000 - 466667, leerlingen: 1 });
    expect(budgetoverzicht([r], [a], "2027-2028", vakanties)[0]).toMatchObject({ toegekend: 333333, resterend: 15000000 - 333333, leerlingen: 1 });
  });
});
