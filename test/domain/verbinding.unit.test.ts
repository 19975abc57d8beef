import { describe, expect, it } from "vitest";
import { budgetpositie, regelingenInPot, toetsBudget } from "../../src/domain/budget.js";
import { kenToe } from "../../src/domain/lifecycle.js";
import type { Regeling } from "../../src/domain/regeling.js";
import { bepaalBeslisser } from "../../src/domain/routering.js";
import { valideerAanvraag } from "../../src/domain/validatie.js";
import {
  begroting,
  BESLISSER,
  demoSwv,
  ingediend,
  leerlingen,
  leesbaar,
  NU,
  PERSOON,
  regeling,
  school,
  SEED,
  toegekend,
  toekenning,
  volledigConcept,
  voorwaarden,
} from "./builders.js";

const individueel = regeling("verbinding-individueel");
const groep = regeling("verbinding-groepsaanpak");
const beide = [individueel, groep];
const berichten = (r: Regeling, overrides: Parameters<typeof volledigConcept>[1] = {}) =>
  valideerAanvraag(r, volledigConcept(r, overrides)).map((p) => leesbaar(p.bericht));
const criterium = (r: Regeling, id: string) => r.criteria.find((c) => c.id === id);

describe(`003 De Verbinding pilot maatwerkbudget (${SEED.verbinding})`, () => {
  it("003: both regelingen name their source, are for regular VO only, and a complete aanvraag has no problems", () => {
    for (const r of beide) {
      expect(r.bron).toBe(SEED.verbinding);
      expect(r.sectoren).toEqual(["VO"]);
      expect(berichten(r)).toEqual([]);
    }
    expect(individueel.soort).toBe("maatwerk-individueel");
    expect(groep.soort).toBe("maatwerk-groepsaanpak");
  });

  describe("003: individual maatwerkbudget, a variable amount of at most € 8.000", () => {
    it("given € 8.000,00 (800000 cents), then it is accepted", () => {
      expect(berichten(individueel, { begroting: begroting(800000) })).toEqual([]);
    });

    it("given one cent more, then it is refused with the maximum in the message", () => {
      expect(berichten(individueel, { begroting: begroting(800001) })).toEqual(["Het bedrag is hoger dan het maximum van deze regeling (€ 8.000,00)."]);
    });

    it("given it is for one pupil, then a second pupil is refused", () => {
      expect(berichten(individueel, { leerling: leerlingen(2) })).toEqual(["Deze regeling staat hoogstens 1 leerling toe; er staan er 2."]);
    });
  });

  describe("003: group approach for at least 5 pupils", () => {
    it("given 4 pupils, then it is refused with a message that counts them", () => {
      expect(berichten(groep, { leerlingen: leerlingen(4, true) })).toEqual(["Deze regeling vraagt minstens 5 leerlingen; er staan er 4."]);
    });

    it("given 5 pupils, then it is accepted", () => {
      expect(berichten(groep, { leerlingen: leerlingen(5, true) })).toEqual([]);
    });

    it("given 30 pupils, then there is no upper limit on the group", () => {
      expect(berichten(groep, { leerlingen: leerlingen(30, true) })).toEqual([]);
    });
  });

  it("003: group approach at most € 40.000", () => {
    expect(berichten(groep, { begroting: begroting(4000000) })).toEqual([]);
    expect(berichten(groep, { begroting: begroting(4000001) })).toEqual(["Het bedrag is hoger dan het maximum van deze regeling (€ 40.000,00)."]);
  });

  describe("003: the group plan names the pupils; an individual aanvraag carries no name", () => {
    it("given a group without names, then each pupil is asked for a name", () => {
      expect(berichten(groep, { leerlingen: leerlingen(5) })).toEqual(
        [1, 2, 3, 4, 5].map((nr) => `Leerling ${nr}: noteer de naam; het plan van aanpak vraagt daarom.`),
      );
    });

    it("given an individual pupil with a name, then the name is refused", () => {
      expect(berichten(individueel, { leerling: leerlingen(1, true) })).toEqual([
        "Leerling 1: noteer geen naam, alleen leerlingnummer of OPP-referentie, initialen en geboortejaar.",
      ]);
    });
  });

  it("003: the plan van aanpak of a group states pupils, support, goals and evaluation, period and estimated costs", () => {
    expect(criterium(groep, "leerlingen")).toMatchObject({ type: "leerlingen", volledigeNaam: true });
    expect(criterium(groep, "inzet")).toMatchObject({ type: "langeTekst" });
    expect(criterium(groep, "doelen")?.label).toContain("geëvalueerd");
    expect(criterium(groep, "periode")).toMatchObject({ type: "periode" });
    expect(criterium(groep, "begroting")).toMatchObject({ type: "begroting", label: "Geschatte kosten van de ondersteuning" });
    expect(criterium(groep, "plan-van-aanpak")).toMatchObject({ type: "document", soort: "plan van aanpak" });
  });

  it("003: a group approach asks only for the costs of support, no development time", () => {
    expect(groep.voorwaarden.items.find((v) => v.id === "alleen-ondersteuningskosten")?.label).toBe(
      "Er worden alleen kosten van de ondersteuning aangevraagd, geen ontwikkeltijd",
    );
    expect(criterium(groep, "begroting")?.help).toContain("ontwikkeltijd");
  });

  describe("003: both only when basis or extra support cannot provide it, aimed at social-emotional skills or executive functions, discussed with the contactpersoon and recorded in the OPP", () => {
    it.each(beide.map((r) => [r.id, r] as const))("%s has the four conditions, all required", (_id, r) => {
      expect(r.voorwaarden.items.map((v) => v.id)).toEqual(
        expect.arrayContaining(["niet-uit-basis-of-extra", "geen-didactiek", "besproken-met-contactpersoon", "opgenomen-in-opp"]),
      );
      for (const v of r.voorwaarden.items) {
        const a = { ...volledigConcept(r), voorwaarden: voorwaarden(r, [v.id]) };
        expect(valideerAanvraag(r, a).map((p) => p.bericht)).toEqual([`Aan deze voorwaarde moet zijn voldaan: ${v.label}.`]);
      }
    });

    it.each(beide.map((r) => [r.id, r] as const))("%s offers social-emotional skills and executive functions, and no didactic support", (_id, r) => {
      const focus = criterium(r, "focus");
      expect(focus?.type === "keuze" && focus.opties.map((o) => o.waarde)).toEqual(["sociaal-emotioneel", "executieve-functies"]);
      expect(berichten(r, { focus: ["didactiek"] })).toEqual(["Kies een van de opties."]);
    });
  });

  it("003: the SWV monitors how often VSO expertise is used, so both ask it as a yes/no question", () => {
    for (const r of beide) expect(criterium(r, "vso-expertise")).toMatchObject({ type: "jaNee", verplicht: true });
    expect(berichten(individueel, { "vso-expertise": false })).toEqual([]);
    expect(berichten(individueel, { "vso-expertise": "misschien" })).toEqual(["Kies ja of nee."]);
  });

  it("003: the evaluation asks whether it helps the pupils' progress within regular VO", () => {
    for (const r of beide) expect(r.evaluatie.vragen.find((v) => v.id === "onderwijsvoortgang")?.label).toContain("onderwijsvoortgang binnen het regulier vo");
  });

  it.each([["04DD"], ["05EE"]])("003: granted by the programmadirecteur, for school %s and both regelingen", (brin) => {
    const swv = demoSwv();
    for (const r of beide) expect(bepaalBeslisser(r, school(brin, swv), swv)).toEqual({ beslisserId: PERSOON.erica, rol: "programmadirecteur" });
  });

  it("003: progress is discussed at least every three months with the contactpersoon", () => {
    for (const r of beide) expect(r.voortgang).toMatchObject({ cadansMaanden: 3, met: "contactpersoon" });
  });

  it("003: granted per schooljaar by beschikking", () => {
    const a = toegekend(individueel, 500000);
    expect(a.status.fase === "toegekend" && a.status.beschikking).toMatchObject({ schooljaar: "2026-2027", bedrag: 500000 });
  });

  describe("003: one budget of € 150.000 per year, shared by individual and group approach", () => {
    it("both regelingen draw on the same pot", () => {
      for (const r of beide) expect(r.limieten.jaarbudget).toEqual({ pot: "verbinding-pilot", naam: "Pilot maatwerkbudget De Verbinding", bedrag: 15000000, bijOverschrijding: "waarschuwen-en-bestuur-informeren" });
      expect(regelingenInPot(individueel, [...beide, regeling("almere-maatwerk")]).map((r) => r.id)).toEqual(["verbinding-individueel", "verbinding-groepsaanpak"]);
    });

    it("given grants under both regelingen, then the position counts them together, and only in their own schooljaar", () => {
      const aanvragen = [toegekend(individueel, 800000, { nummer: "MW-2026-0001" }), toegekend(groep, 4000000, { nummer: "MW-2026-0002" }), ingediend(individueel, { begroting: begroting(300000) })];
      expect(budgetpositie(individueel, beide, aanvragen, "2026-2027")).toEqual({
        pot: "verbinding-pilot",
        schooljaar: "2026-2027",
        jaarbudget: 15000000,
        toegekend: 4800000,
        inBehandeling: 300000,
        resterend: 10200000,
      });
      expect(budgetpositie(groep, beide, aanvragen, "2027-2028")).toMatchObject({ toegekend: 0, inBehandeling: 0, resterend: 15000000 });
    });

    it("given 30 pupils at the average of € 5.000, then the budget is exactly used up", () => {
      const dertig = Array.from({ length: 30 }, (_, i) => toegekend(individueel, 500000, { nummer: `MW-2026-${String(i + 1).padStart(4, "0")}` }));
      const positie = budgetpositie(individueel, beide, dertig, "2026-2027");
      expect(positie).toMatchObject({ toegekend: 15000000, resterend: 0 });
      expect(toetsBudget(individueel, positie, 1)).toEqual({ uitkomst: "overschrijding-bestuur-informeren", overschrijding: 1 });
    });
  });

  describe("003: an overrun is not blocked; the bestuur is informed in time and with reasons", () => {
    const bijnaVol = budgetpositie(individueel, beide, [toegekend(groep, 4000000), toegekend(groep, 4000000), toegekend(groep, 4000000), toegekend(groep, 2500000)], "2026-2027");

    it("given € 5.000 left, when € 5.000 is granted, then it fits and the bestuur need not be told", () => {
      expect(bijnaVol.resterend).toBe(500000);
      expect(toetsBudget(individueel, bijnaVol, 500000)).toEqual({ uitkomst: "past" });
    });

    it("given € 5.000 left, when € 6.000 is granted, then the grant goes through with bestuur informeren set", () => {
      expect(toetsBudget(individueel, bijnaVol, 600000)).toEqual({ uitkomst: "overschrijding-bestuur-informeren", overschrijding: 100000 });
      const t = toekenning({ bedrag: 600000, bestuurInformeren: true, toelichting: "Leerling dreigt uit te vallen; bestuur geïnformeerd." });
      const a = kenToe(ingediend(individueel, { begroting: begroting(600000) }), individueel, t, { door: BESLISSER }, NU);
      expect(a.status).toMatchObject({ fase: "toegekend", beschikking: { bedrag: 600000, bestuurInformeren: true, toelichting: t.toelichting } });
    });

    it("given a grant within budget, then the beschikking does not ask to inform the bestuur", () => {
      const a = toegekend(individueel, 500000);
      expect(a.status.fase === "toegekend" && a.status.beschikking.bestuurInformeren).toBe(false);
    });
  });
});
