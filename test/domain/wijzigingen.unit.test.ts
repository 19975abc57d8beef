import { describe, expect, it } from "vitest";
import { vergelijkInhoud } from "../../src/domain/wijzigingen.js";
import { leesbaar, leerlingen, regeling, volledigConcept } from "./builders.js";

const r = regeling("almere-maatwerk");

describe("what changed between two versions of an aanvraag", () => {
  it("is empty when nothing changed", () => {
    const a = volledigConcept(r);
    expect(vergelijkInhoud(r, a, { ...a })).toEqual([]);
  });

  it("shows a changed budget line with both amounts, an added and a removed line, and the total", () => {
    const oud = volledigConcept(r);
    const nieuw = volledigConcept(r, {
      begroting: { regels: [{ omschrijving: "Ambulante begeleiding", bedrag: 132000 }, { omschrijving: "Vervoer", bedrag: 5000 }], totaal: 137000 },
    });
    expect(vergelijkInhoud(r, oud, nieuw).map((w) => leesbaar(`${w.label}: ${w.oud} → ${w.nieuw}`))).toEqual([
      "Bekostiging: Ambulante begeleiding: € 3.000,00 → € 1.320,00",
      "Bekostiging: Materiaal: € 200,00 → (regel vervallen)",
      "Bekostiging: Vervoer: (nieuwe regel) → € 50,00",
      "Bekostiging: totaal: € 3.200,00 → € 1.370,00",
    ]);
  });

  it("shows changed texts, references and conditions field by field in the regeling's order", () => {
    const oud = volledigConcept(r);
    const nieuw = { ...volledigConcept(r, { opp: { referentie: "OPP-2026-18" }, inzet: "Nieuwe inzet, twee dagdelen per week." }), voorwaarden: { ...oud.voorwaarden, "voorkomt-thuiszitten": false } };
    expect(vergelijkInhoud(r, oud, nieuw)).toEqual([
      { veld: "inzet", label: "Tijdelijke extra ondersteuning", oud: "Een concrete en meetbare beschrijving van wat er nodig is.", nieuw: "Nieuwe inzet, twee dagdelen per week." },
      { veld: "opp", label: "OPP van de leerling", oud: "OPP-2026-17", nieuw: "OPP-2026-18" },
      { veld: "voorwaarden", label: "Voorwaarde: De tijdelijke extra ondersteuning voorkomt thuiszitten", oud: "aangevinkt", nieuw: "niet aangevinkt" },
    ]);
  });

  it("names pupils by reference, never by name where the regeling does not ask for names", () => {
    const g = regeling("jaarplan-maatwerk");
    const oud = volledigConcept(g, { leerlingen: leerlingen(2) });
    const nieuw = volledigConcept(g, { leerlingen: [{ ...leerlingen(1)[0]!, geboortejaar: 2013 }, { referentie: "LL-900", initialen: "Z.", geboortejaar: 2011, naam: "Geheim" }] });
    const tekst = JSON.stringify(vergelijkInhoud(g, oud, nieuw));
    expect(vergelijkInhoud(g, oud, nieuw).map((w) => `${w.label}: ${w.oud} → ${w.nieuw}`)).toEqual([
      "Leerling(en): LL-100: A.B., 2012 → A.B., 2013",
      "Leerling(en): LL-101: A.B., 2012 → (niet meer in de aanvraag)",
      "Leerling(en): LL-900: (nieuw toegevoegd) → Z., 2011",
    ]);
    expect(tekst).not.toContain("Geheim");
  });
});
