import { describe, expect, it } from "vitest";
import { budgetoverzicht } from "../../src/domain/budgetoverzicht.js";
import { sluitAf } from "../../src/domain/lifecycle.js";
import { begroting, CONSULENT, ingediend, lopend, NU, regeling, SEED, toegekend } from "./builders.js";

const individueel = regeling("verbinding-individueel");
const groep = regeling("verbinding-groepsaanpak");

describe(`the budget overview (${SEED.verbinding}: one pilot pot of € 150.000 for individueel and groep)`, () => {
  it("equals the hand calculation: granted, pending, used by closed trajecten, remaining, pupils, overrun", () => {
    const aanvragen = [
      toegekend(individueel, 500000, { nummer: "MW-2026-0001" }), // € 5.000, 1 pupil
      sluitAf(lopend(individueel, 300000), { antwoorden: {} }, { door: CONSULENT }, NU), // € 3.000 spent, 1 pupil
      toegekend(groep, 4000000, { nummer: "MW-2026-0003" }), // € 40.000, 5 pupils
      ingediend(individueel, { begroting: begroting(200000) }, { nummer: "MW-2026-0004" }), // € 2.000 waiting
    ];
    const [ind, grp] = budgetoverzicht([individueel, groep], aanvragen, "2026-2027");
    // Pot: 15.000.000 − (500.000 + 300.000 + 4.000.000) = 10.200.000 cents.
    expect(ind).toEqual({ regelingId: individueel.id, regeling: individueel.naam, pot: "verbinding-pilot", schooljaar: "2026-2027", toegekend: 800000, inBehandeling: 200000, gebruikt: 300000, jaarbudget: 15000000, resterend: 10200000, leerlingen: 2, overschrijding: 0 });
    expect(grp).toEqual({ regelingId: groep.id, regeling: groep.naam, pot: "verbinding-pilot", schooljaar: "2026-2027", toegekend: 4000000, inBehandeling: 0, gebruikt: 0, jaarbudget: 15000000, resterend: 10200000, leerlingen: 5, overschrijding: 0 });
    expect(budgetoverzicht([individueel, groep], aanvragen, "2027-2028").every((r) => r.toegekend === 0 && r.resterend === 15000000)).toBe(true);
  });

  it("shows the overrun when grants exceed the pot", () => {
    const aanvragen = [toegekend(groep, 4000000), toegekend(groep, 4000000), toegekend(groep, 4000000), toegekend(groep, 4000000)];
    const [, grp] = budgetoverzicht([individueel, groep], aanvragen, "2026-2027");
    expect(grp).toMatchObject({ toegekend: 16000000, resterend: -1000000, overschrijding: 1000000 });
  });
});
