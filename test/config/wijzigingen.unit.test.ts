import { describe, expect, it } from "vitest";
import { afdrukkenVan, beschrijfWijzigingen } from "../../src/config/wijzigingen.js";
import { demoConfig } from "../support/demo.js";

describe("what changed in the configuration since the last start", () => {
  it("says nothing when nothing changed", () => {
    expect(beschrijfWijzigingen(afdrukkenVan(demoConfig), afdrukkenVan(demoConfig))).toEqual([]);
  });

  it("names each change in one readable line: amounts, schools, people, holidays, regelingen", () => {
    const nieuw = structuredClone(demoConfig);
    const individueel = nieuw.regelingen.find((r) => r.id === "verbinding-individueel")!;
    individueel.limieten.maxBedrag = 200000;
    individueel.limieten.jaarbudget!.bedrag = 20000000;
    nieuw.regelingen = nieuw.regelingen.filter((r) => r.id !== "jaarplan-innovatie");
    nieuw.swv.scholen.push({ brin: "06FF", naam: "Basisschool Het Anker", sector: "PO", stadsdeel: "haven", bestuur: "stichting-noorderlicht" });
    nieuw.swv.personen = nieuw.swv.personen.filter((p) => p.naam !== "Ahmed Yilmaz");
    nieuw.swv.personen[0]!.naam = "Sanne de Vries-Bakker";
    nieuw.swv.beslistermijnSchooldagen = 10;
    nieuw.swv.schoolvakanties.push({ naam: "Studiedag", van: "2027-03-10", tot: "2027-03-10" });

    expect(beschrijfWijzigingen(afdrukkenVan(demoConfig), afdrukkenVan(nieuw))).toEqual([
      "Samenwerkingsverband: beslistermijn in schooldagen verhoogd van 5 naar 10",
      "Samenwerkingsverband: scholen: 'Basisschool Het Anker' toegevoegd",
      "Samenwerkingsverband: personen: 'Ahmed Yilmaz' vervallen",
      "Samenwerkingsverband: personen[Sanne de Vries].naam gewijzigd van 'Sanne de Vries' naar 'Sanne de Vries-Bakker'",
      "Samenwerkingsverband: schoolvakanties: 'Studiedag' toegevoegd",
      expect.stringMatching(/^Individueel maatwerkbudget \(De Verbinding\): maximum verlaagd van €\s8\.000,00 naar €\s2\.000,00$/),
      expect.stringMatching(/^Individueel maatwerkbudget \(De Verbinding\): jaarbudget verhoogd van €\s150\.000,00 naar €\s200\.000,00$/),
      "Innovatiebudget (jaarplan): regeling niet meer in gebruik",
    ]);
  });
});
