import { describe, expect, it } from "vitest";
import { budgetpositie, toetsBudget } from "../../src/domain/budget.js";
import { bepaalBeslisser } from "../../src/domain/routering.js";
import { valideerAanvraag } from "../../src/domain/validatie.js";
import { demoSwv, leerlingen, regeling, toegekend, volledigConcept } from "./builders.js";

const SEED = "003_3a98448a0ac30e44.txt";
const individueel = regeling("verbinding-individueel");
const groep = regeling("verbinding-groepsaanpak");
const begroting = (bedrag: number) => ({ regels: [{ omschrijving: "Begeleiding", bedrag }], totaal: bedrag });
const fouten = (r = individueel, overrides: Parameters<typeof volledigConcept>[1] = {}) => valideerAanvraag(r, volledigConcept(r, overrides)).map((p) => p.bericht.replace(/\u00a0/g, " "));

describe(`De Verbinding pilot maatwerkbudget (${SEED})`, () => {
  it(`${SEED}: for regular VO only`, () => {
    expect(individueel.sectoren).toEqual(["VO"]);
    expect(groep.sectoren).toEqual(["VO"]);
  });

  it(`${SEED}: individual at most € 8.000`, () => {
    expect(fouten(individueel, { begroting: begroting(800000) })).toEqual([]);
    expect(fouten(individueel, { begroting: begroting(800001) })).toEqual(["Het bedrag is hoger dan het maximum van deze regeling (€ 8.000,00)."]);
  });

  it(`${SEED}: group approach at least 5 pupils`, () => {
    expect(fouten(groep, { leerlingen: leerlingen(4, true) })).toEqual(["Deze regeling vraagt minstens 5 leerlingen; er staan er 4."]);
    expect(fouten(groep, { leerlingen: leerlingen(5, true) })).toEqual([]);
  });

  it(`${SEED}: group approach at most € 40.000`, () => {
    expect(fouten(groep, { begroting: begroting(4000000) })).toEqual([]);
    expect(fouten(groep, { begroting: begroting(4000001) })).toEqual(["Het bedrag is hoger dan het maximum van deze regeling (€ 40.000,00)."]);
  });

  it(`${SEED}: the group plan names the pupils; an individual aanvraag carries no name`, () => {
    expect(fouten(groep, { leerlingen: leerlingen(5, false) })).toContain("Leerling 1: noteer de naam; het plan van aanpak vraagt daarom.");
    expect(fouten(individueel, { leerling: leerlingen(1, true) })).toEqual([
      "Leerling 1: noteer geen naam, alleen leerlingnummer of OPP-referentie, initialen en geboortejaar.",
    ]);
  });

  it(`${SEED}: aimed at social-emotional skills or executive functions, not didactics, and only support costs for a group`, () => {
    const focus = individueel.criteria.find((c) => c.id === "focus");
    expect(focus?.type === "keuze" && focus.opties.map((o) => o.waarde)).toEqual(["sociaal-emotioneel", "executieve-functies"]);
    expect(groep.voorwaarden.items.map((v) => v.id)).toContain("alleen-ondersteuningskosten");
    expect(individueel.voorwaarden.items.map((v) => v.id)).toEqual(expect.arrayContaining(["niet-uit-basis-of-extra", "geen-didactiek", "besproken-met-contactpersoon", "opgenomen-in-opp"]));
  });

  it(`${SEED}: granted by the programmadirecteur`, () => {
    const swv = demoSwv();
    const school = swv.scholen.find((s) => s.brin === "04DD")!;
    expect(bepaalBeslisser(individueel, school, swv)).toEqual({ beslisserId: "55555555-5555-4555-8555-555555555555", rol: "programmadirecteur" });
    expect(bepaalBeslisser(groep, school, swv).rol).toBe("programmadirecteur");
  });

  it(`${SEED}: progress discussed at least every three months with the contactpersoon`, () => {
    expect(individueel.voortgang).toEqual({ cadansMaanden: 3, met: "contactpersoon" });
    expect(groep.voortgang).toEqual({ cadansMaanden: 3, met: "contactpersoon" });
  });

  it(`${SEED}: one budget of € 150.000 per year shared by individual and group approach`, () => {
    const toekenningen = [toegekend(individueel, 800000, "MW-2026-0001"), toegekend(groep, 4000000, "MW-2026-0002")];
    const positie = budgetpositie(groep, [individueel, groep], toekenningen, "2026-2027")!;
    expect(positie).toMatchObject({ jaarbudget: 15000000, toegekend: 4800000, resterend: 10200000 });
    expect(budgetpositie(groep, [individueel, groep], toekenningen, "2027-2028")!.toegekend).toBe(0);
  });

  it(`${SEED}: an overrun is allowed, and the bestuur must be informed`, () => {
    const positie = { pot: "verbinding-pilot", schooljaar: "2026-2027", jaarbudget: 15000000, toegekend: 14500000, inBehandeling: 0, resterend: 500000 };
    expect(toetsBudget(individueel, positie, 500000)).toEqual({ uitkomst: "past" });
    expect(toetsBudget(individueel, positie, 600000)).toEqual({ uitkomst: "overschrijding-bestuur-informeren", overschrijding: 100000 });
  });

  it(`a regeling that blocks refuses the overrun (budget rule of the domain, contrast with ${SEED})`, () => {
    const blokkerend = { ...individueel, limieten: { ...individueel.limieten, jaarbudget: { pot: "p", bedrag: 1000, bijOverschrijding: "blokkeren" as const } } };
    const positie = { pot: "p", schooljaar: "2026-2027", jaarbudget: 1000, toegekend: 900, inBehandeling: 0, resterend: 100 };
    expect(toetsBudget(blokkerend, positie, 101)).toEqual({ uitkomst: "geblokkeerd", overschrijding: 1 });
  });
});
