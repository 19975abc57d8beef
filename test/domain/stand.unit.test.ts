import { describe, expect, it } from "vitest";
import { dienIn, kenToe, maakConcept, sluitAf, start, stuurTerug, trekIn, wijsAf } from "../../src/domain/lifecycle.js";
import { standVan } from "../../src/domain/stand.js";
import { legGesprekVast } from "../../src/domain/voortgang.js";
import { BESLISSER, CONSULENT, begroting, demoSwv, ingediend, regeling, toekenning, volledigConcept, splitsend } from "./builders.js";

/** Nine months over 1 August: a regeling configured to split by schooljaar. */
const r = splitsend(regeling("verbinding-individueel"));
const vakanties = demoSwv().schoolvakanties;
const op = (iso: string) => new Date(iso);
/** Nine months of support: gesprekken on 4 April and 4 July 2027, the evaluation on 3 October 2027. */
const negenMaanden = toekenning({ bedrag: 500000, periode: { start: "2027-01-04", eind: "2027-10-03" }, schoolweken: 36 });
const gesprek = { volgnummer: 1, gehoudenOp: "2027-04-06", deelnemers: "school, contactpersoon", voortgang: "op-koers" as const, perDoel: [], notities: "", vervolgstappen: "" };

const concept = volledigConcept(r);
// Friday 18 December 2026, 10:00 in Amsterdam, the day before the Christmas holiday.
const opVrijdag = dienIn(concept, r, { beslisserId: BESLISSER }, { door: CONSULENT }, op("2026-12-18T09:00:00Z"));
const terug = stuurTerug(opVrijdag, { vraag: "Kun je het OPP toevoegen?" }, { door: BESLISSER }, op("2027-01-05T13:30:00Z"));
const toegekend = kenToe(ingediend(r, { begroting: begroting(500000) }), r, negenMaanden, { door: BESLISSER }, op("2026-12-01T08:15:00Z"));
const lopend = start(toegekend, { door: CONSULENT }, op("2027-01-04T07:00:00Z"));

describe("the stand of an aanvraag in every phase: who holds it, since when, and the next step with its date", () => {
  it("concept: with the consulent since the last edit, who fills it in and submits it", () => {
    const leeg = maakConcept({ id: crypto.randomUUID(), nummer: "MW-2026-0001", swvId: "demo", regelingId: r.id, schoolBrin: "01AA", consulentId: CONSULENT }, op("2026-11-30T15:45:00Z"));
    expect(standVan(leeg, r, 5)).toEqual({ fase: "concept", bij: "consulent", sinds: "30 november 2026 16:45", volgende: "De consulent vult de aanvraag verder in en dient hem in." });
  });

  it("ingediend: with the decider since submission; the decision is due after the norm in school days, holidays and weekends excluded", () => {
    // Five school days after Friday 18 December, with the holiday 19 December to 3 January: Friday 8 January.
    expect(standVan(opVrijdag, r, 5, vakanties)).toEqual({ fase: "ingediend", bij: "beslisser", sinds: "18 december 2026 10:00", volgende: "Het besluit, volgens de norm van 5 schooldagen uiterlijk 8 januari 2027." });
    // Without holidays the same norm ends on Friday 25 December.
    expect(standVan(opVrijdag, r, 5).volgende).toBe("Het besluit, volgens de norm van 5 schooldagen uiterlijk 25 december 2026.");
  });

  it("teruggestuurd: back with the consulent since the question, who answers and submits again", () => {
    expect(standVan(terug, r, 5, vakanties)).toEqual({ fase: "teruggestuurd", bij: "consulent", sinds: "5 januari 2027 14:30", volgende: "De consulent beantwoordt de vraag van de beslisser en dient opnieuw in." });
  });

  it("toegekend: with the consulent since the decision; the support starts on the first day of the beschikking", () => {
    expect(standVan(toegekend, r, 5)).toEqual({ fase: "toegekend", bij: "consulent", sinds: "1 december 2026 09:15", volgende: "De ondersteuning begint op 4 januari 2027." });
  });

  it("afgewezen: with nobody since the decision; no next step", () => {
    const afgewezen = wijsAf(ingediend(r), { reden: "De arrangementsmiddelen zijn niet besteed." }, { door: BESLISSER }, op("2026-12-02T10:00:00Z"));
    expect(standVan(afgewezen, r, 5)).toEqual({ fase: "afgewezen", bij: "niemand", sinds: "2 december 2026 11:00", volgende: "Geen: de aanvraag is afgewezen." });
  });

  it("lopend: with the consulent since the start; next the first open voortgangsgesprek, then the evaluation, each with its date", () => {
    // 4 April and 4 July 2027 are Sundays: the gesprekken move to the Monday.
    expect(standVan(lopend, r, 5)).toEqual({ fase: "lopend", bij: "consulent", sinds: "4 januari 2027 08:00", volgende: "Voortgangsgesprek 1 op 5 april 2027." });
    const naEerste = legGesprekVast(lopend, r, gesprek, { door: CONSULENT }, op("2027-04-06T12:00:00Z"));
    expect(standVan(naEerste, r, 5).volgende).toBe("Voortgangsgesprek 2 op 5 juli 2027.");
    expect(standVan(naEerste, r, 5).sinds).toBe("4 januari 2027 08:00");
    const naTweede = legGesprekVast(naEerste, r, { ...gesprek, volgnummer: 2, gehoudenOp: "2027-07-05" }, { door: CONSULENT }, op("2027-07-05T12:00:00Z"));
    expect(standVan(naTweede, r, 5).volgende).toBe("De evaluatie op 3 oktober 2027.");
  });

  it("afgesloten: with nobody since the evaluation was recorded; no next step", () => {
    const afgesloten = sluitAf(lopend, { antwoorden: {}, perDoel: [] }, { door: CONSULENT }, op("2027-10-04T09:30:00Z"));
    expect(standVan(afgesloten, r, 5)).toEqual({ fase: "afgesloten", bij: "niemand", sinds: "4 oktober 2027 11:30", volgende: "Geen: het traject is geëvalueerd en afgesloten." });
  });

  it("ingetrokken: with nobody since the withdrawal, whichever phase it was withdrawn from; no next step", () => {
    for (const a of [concept, opVrijdag, terug]) {
      const ingetrokken = trekIn(a, { reden: "Leerling verhuisd" }, { door: CONSULENT }, op("2027-01-06T16:00:00Z"));
      expect(standVan(ingetrokken, r, 5), a.status.fase).toEqual({ fase: "ingetrokken", bij: "niemand", sinds: "6 januari 2027 17:00", volgende: "Geen: de aanvraag is ingetrokken." });
    }
  });
});
