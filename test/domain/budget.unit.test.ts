import { describe, expect, it } from "vitest";
import { budgetafleiding, budgetpositie, toetsBudget } from "../../src/domain/budget.js";
import { trekIn, wijsAf } from "../../src/domain/lifecycle.js";
import type { Regeling } from "../../src/domain/regeling.js";
import { begroting, BESLISSER, CONSULENT, ingediend, NU, regeling, SEED, toegekend, volledigConcept } from "./builders.js";

const almere = regeling("almere-maatwerk");
const individueel = regeling("verbinding-individueel");

/** De Verbinding's individual regeling, but with a budget that blocks an overrun. */
const blokkerend: Regeling = {
  ...individueel,
  limieten: { ...individueel.limieten, jaarbudget: { pot: "streng", bedrag: 1000000, bijOverschrijding: "blokkeren" } },
};

describe(`yearly budget position (003 ${SEED.verbinding}; 004 ${SEED.ondersteuningsplan}: insight into how funds are spent)`, () => {
  it("004: granted and pending amounts are counted apart; refused and withdrawn aanvragen count for nothing", () => {
    const aanvragen = [
      toegekend(individueel, 400000),
      ingediend(individueel, { begroting: begroting(200000) }),
      wijsAf(ingediend(individueel, { begroting: begroting(700000) }), { reden: "Didactisch." }, { door: BESLISSER }, NU),
      trekIn(ingediend(individueel, { begroting: begroting(100000) }), {}, { door: CONSULENT }, NU),
    ];
    expect(budgetpositie(individueel, [individueel], aanvragen, "2026-2027")).toMatchObject({ toegekend: 400000, inBehandeling: 200000, resterend: 14600000 });
  });

  it("004: a pending aanvraag counts in the schooljaar its period starts in", () => {
    const volgendJaar = ingediend(individueel, { begroting: begroting(200000), periode: { start: "2027-08-23", eind: "2027-11-30" } });
    expect(budgetpositie(individueel, [individueel], [volgendJaar], "2026-2027").inBehandeling).toBe(0);
    expect(budgetpositie(individueel, [individueel], [volgendJaar], "2027-2028").inBehandeling).toBe(200000);
  });

  it("002: a regeling without a yearly budget (Almere names none) is its own pot without budget figures, and never blocks", () => {
    const positie = budgetpositie(almere, [almere, individueel], [toegekend(almere, 300000), toegekend(individueel, 500000)], "2026-2027");
    expect(positie).toEqual({ pot: "almere-maatwerk", schooljaar: "2026-2027", toegekend: 300000, inBehandeling: 0 });
    expect(toetsBudget(almere, positie, 99999999)).toEqual({ uitkomst: "past" });
  });

  it("003: in contrast to De Verbinding, a regeling configured to block refuses a grant over its budget", () => {
    const positie = budgetpositie(blokkerend, [blokkerend], [toegekend(blokkerend, 800000)], "2026-2027");
    expect(toetsBudget(blokkerend, positie, 200000)).toEqual({ uitkomst: "past" });
    expect(toetsBudget(blokkerend, positie, 200001)).toEqual({ uitkomst: "geblokkeerd", overschrijding: 1 });
  });
});

describe("the budget derivation a store keeps", () => {
  it("gives each aanvraag its contribution, and another version when the regelingen would count differently", () => {
    const afleiding = budgetafleiding([almere, individueel]);
    expect(afleiding.bijdragen(toegekend(almere, 300000))).toEqual([{ schooljaar: "2026-2027", toegekend: 300000, inBehandeling: 0 }]);
    expect(afleiding.bijdragen(ingediend(almere, { begroting: begroting(150000) }))).toEqual([{ schooljaar: "2026-2027", toegekend: 0, inBehandeling: 150000 }]);
    expect(afleiding.bijdragen(volledigConcept(almere))).toEqual([]);
    expect(budgetafleiding([individueel, almere]).versie).toBe(afleiding.versie);
    expect(budgetafleiding([almere]).versie).not.toBe(afleiding.versie);
    expect(budgetafleiding([almere]).bijdragen(toegekend(individueel, 1))).toEqual([]);
  });
});
