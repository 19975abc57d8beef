import { describe, expect, it } from "vitest";
import { kenToe, sluitAf, wijsAf } from "../../src/domain/lifecycle.js";
import { rapportage } from "../../src/domain/rapportage.js";
import { begroting, BESLISSER, CONSULENT, demoSwv, ingediend, lopend, NU, regeling, SEED, toekenning } from "./builders.js";

const almere = regeling("almere-maatwerk");
const individueel = regeling("verbinding-individueel");
const dagen = (n: number) => new Date(NU.getTime() + n * 86_400_000);

describe(`the monitoring report (${SEED.verbinding}, ${SEED.ondersteuningsplan}: who uses the budget, how much, for what, does it help)`, () => {
  it("per school and per bestuur equals the hand calculation", () => {
    const toegekend = kenToe(ingediend(almere, { begroting: begroting(400000) }), almere, toekenning({ bedrag: 300000 }), { door: BESLISSER }, dagen(2));
    const afgewezen = wijsAf(ingediend(almere, { begroting: begroting(200000) }, { nummer: "MW-2026-0002" }), { reden: "Eerst arrangementsmiddelen inzetten." }, { door: BESLISSER }, dagen(4));
    const metVso = { ...lopend(individueel, 500000), schoolBrin: "04DD" };
    metVso.antwoorden = { ...metVso.antwoorden, "vso-expertise": true };
    const geevalueerd = sluitAf(metVso, { antwoorden: { effect: "ja" } }, { door: CONSULENT }, NU);
    const regels = rapportage(demoSwv(), [almere, individueel], [toegekend, afgewezen, geevalueerd], "2026-2027");

    const regenboog = regels.find((r) => r.id === "01AA")!;
    expect(regenboog).toEqual({ niveau: "school", id: "01AA", naam: regenboog.naam, aanvragen: 2, gevraagd: 600000, toegekend: 300000, regelingen: { [almere.naam]: 2 }, vsoExpertise: 0, effect: { ja: 0, deels: 0, nee: 0 }, doorlooptijdDagen: 3 });
    const vo = regels.find((r) => r.id === "04DD")!;
    expect(vo).toMatchObject({ aanvragen: 1, gevraagd: 500000, toegekend: 500000, vsoExpertise: 1, effect: { ja: 1, deels: 0, nee: 0 }, doorlooptijdDagen: 0 });
    expect(regels.find((r) => r.id === "02BB")).toMatchObject({ aanvragen: 0, gevraagd: 0, toegekend: 0 });
    expect(regels.find((r) => r.id === "stichting-noorderlicht")).toMatchObject({ niveau: "bestuur", aanvragen: 2, gevraagd: 600000, toegekend: 300000, doorlooptijdDagen: 3 });
    expect(regels.find((r) => r.id === "stichting-stadscollege")).toMatchObject({ niveau: "bestuur", aanvragen: 1, vsoExpertise: 1 });
    expect(rapportage(demoSwv(), [almere, individueel], [toegekend, afgewezen, geevalueerd], "2027-2028").every((r) => r.aanvragen === 0)).toBe(true);
  });

  it("counts the evaluations by their effect: ja, deels and nee each on their own, and a traject without an effect answer in none", () => {
    const jaarplan = regeling("jaarplan-maatwerk");
    const geevalueerd = (r: typeof almere, brin: string, antwoorden: Record<string, string | boolean>) => sluitAf({ ...lopend(r, 300000), schoolBrin: brin }, { antwoorden }, { door: CONSULENT }, NU);
    const trajecten = [
      geevalueerd(almere, "01AA", { effect: "deels", "visie-school": "Gedeeltelijk." }),
      geevalueerd(almere, "01AA", { effect: "nee" }),
      geevalueerd(almere, "02BB", { effect: "nee" }),
      // The jaarplan asks its effect as "doelen-behaald": its first ja/deels/nee question.
      geevalueerd(jaarplan, "02BB", { "doelen-behaald": "deels", opbrengsten: "Leest beter." }),
      geevalueerd(individueel, "04DD", { effect: "ja", onderwijsvoortgang: "nee", "vso-voorkomen": false }),
      geevalueerd(almere, "03CC", {}),
    ];
    const regels = rapportage(demoSwv(), [almere, individueel, jaarplan], trajecten, "2026-2027");
    const effect = (id: string) => regels.find((r) => r.id === id)!.effect;

    expect(effect("01AA")).toEqual({ ja: 0, deels: 1, nee: 1 });
    expect(effect("02BB")).toEqual({ ja: 0, deels: 1, nee: 1 });
    expect(effect("03CC")).toEqual({ ja: 0, deels: 0, nee: 0 });
    // 04DD: "nee" on the second question does not count; the first ja/deels/nee question is the effect.
    expect(effect("04DD")).toEqual({ ja: 1, deels: 0, nee: 0 });
    expect(effect("stichting-noorderlicht")).toEqual({ ja: 0, deels: 2, nee: 2 });
    expect(effect("stichting-stadscollege")).toEqual({ ja: 1, deels: 0, nee: 0 });
    expect(regels.find((r) => r.id === "stichting-noorderlicht")).toMatchObject({ aanvragen: 5, toegekend: 5 * 300000 });
  });
});

describe("the monitoring report of a beschikking split over 1 August", () => {
  it("counts the aanvraag in both schooljaren, each with its own part of the grant; the amount asked in the first", async () => {
    const { splitsend } = await import("./builders.js");
    const r = splitsend(regeling("verbinding-individueel"));
    const periode = { start: "2027-06-01", eind: "2027-09-30" };
    const a = { ...kenToe(ingediend(r, { begroting: begroting(800000), periode }), r, toekenning({ bedrag: 800000, periode, schoolweken: 12 }), { door: BESLISSER }, NU, demoSwv().schoolvakanties), schoolBrin: "04DD" };
    const [eerste, tweede] = ["2026-2027", "2027-2028"].map((j) => rapportage(demoSwv(), [r], [a], j).find((x) => x.id === "04DD")!);
    expect(eerste).toMatchObject({ aanvragen: 1, gevraagd: 800000, toegekend: 466667 });
    expect(tweede).toMatchObject({ aanvragen: 1, gevraagd: 0, toegekend: 333333 });
  });
});
