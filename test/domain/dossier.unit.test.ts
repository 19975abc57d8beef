import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dossierVan, linkVan, regelsVan, vouw, VOUW_TEKENS } from "../../src/domain/dossier.js";
import { Regeling } from "../../src/domain/regeling.js";
import { leesbaar, PROFIELEN, profiel, regeling, volledigConcept, voorwaarden } from "./builders.js";

const regelingen = PROFIELEN.flatMap((p) => profiel(p).regelingen);

describe("the dossier of an aanvraag, generated from its regeling", () => {
  it.each(regelingen.map((r) => [r.id, r] as const))("%s: every criterion in the regeling's order with its label, then the conditions", (_id, r) => {
    const secties = dossierVan(volledigConcept(r), r);
    const metVoorwaarden = r.voorwaarden.items.length > 0;
    expect(secties.map((s) => s.id)).toEqual([...r.criteria.map((c) => c.id), ...(metVoorwaarden ? ["voorwaarden"] : [])]);
    expect(secties.map((s) => s.label)).toEqual([...r.criteria.map((c) => c.label), ...(metVoorwaarden ? ["Voorwaarden"] : [])]);
  });

  it("a criterion added to a regeling appears without code, also when unanswered", () => {
    const basis = regeling("almere-maatwerk");
    const r = Regeling.parse({ ...basis, criteria: [...basis.criteria, { id: "extra-vraag", type: "tekst", label: "Een nieuwe vraag" }] });
    const sectie = dossierVan(volledigConcept(basis), r).find((s) => s.id === "extra-vraag");
    expect(sectie).toEqual({ id: "extra-vraag", label: "Een nieuwe vraag", soort: "waarde", waarde: "(niet ingevuld)" });
  });

  it("shows goals one per line, list markers taken off, nothing shortened", () => {
    const r = regeling("almere-maatwerk");
    const lang = "x".repeat(500);
    const a = volledigConcept(r, { doelen: `- Zelfstandig de dag plannen\n\n2. Minder uitval in de les\n${lang}` });
    expect(dossierVan(a, r).find((s) => s.id === "doelen")).toMatchObject({ soort: "lijst", items: ["Zelfstandig de dag plannen", "Minder uitval in de les", lang] });
  });

  it("shows the budget as lines with the total, the conditions ticked or not, and the pupils without names", () => {
    const r = regeling("almere-maatwerk");
    const a = { ...volledigConcept(r), voorwaarden: voorwaarden(r, ["voorkomt-thuiszitten"]) };
    const secties = dossierVan(a, r);
    const begroting = secties.find((s) => s.soort === "begroting");
    expect(begroting && leesbaar(JSON.stringify(begroting))).toContain('"regels":[{"omschrijving":"Ambulante begeleiding","bedrag":"€ 3.000,00"},{"omschrijving":"Materiaal","bedrag":"€ 200,00"}],"totaal":"€ 3.200,00"');
    const v = secties.find((s) => s.soort === "voorwaarden");
    expect(v?.soort === "voorwaarden" && v.items.filter((i) => !i.voldaan).map((i) => i.label)).toEqual(["De tijdelijke extra ondersteuning voorkomt thuiszitten"]);
    const l = secties.find((s) => s.soort === "leerlingen");
    expect(l?.soort === "leerlingen" && l.leerlingen).toEqual([{ referentie: "LL-100", initialen: "A.B.", geboortejaar: "2012" }]);
  });

  it("shows names of pupils only when asked for and where the regeling holds them; never by default", () => {
    const r = regeling("verbinding-groepsaanpak");
    const leerlingenVan = (metNamen: boolean) => dossierVan(volledigConcept(r), r, { metNamen }).find((s) => s.soort === "leerlingen");
    const met = leerlingenVan(true);
    expect(met?.soort === "leerlingen" && met.leerlingen[0]?.naam).toBe("Leerling 1");
    expect(JSON.stringify(dossierVan(volledigConcept(r), r))).not.toContain("Leerling 1");
    const almere = regeling("almere-maatwerk");
    const zonder = dossierVan(volledigConcept(almere, { leerling: [{ referentie: "R1", initialen: "A.", geboortejaar: 2012, naam: "Geheim" }] }), almere, { metNamen: true });
    expect(JSON.stringify(zonder)).not.toContain("Geheim");
  });

  it("makes a link of a document reference only when it is an http(s) address", () => {
    expect(linkVan({ referentie: "https://school.nl/opp/17" })).toBe("https://school.nl/opp/17");
    expect(linkVan({ referentie: "http://intranet/opp 17" })).toBeUndefined();
    expect(linkVan({ referentie: "OPP-2026-17" })).toBeUndefined();
    expect(linkVan({ referentie: "OPP 17", url: "https://school.nl/opp/17" })).toBe("https://school.nl/opp/17");
  });
});

describe("folding a long text", () => {
  it("never cuts: the shown part and the rest are the whole text, not split inside a character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 3000 }), (tekst) => {
        const { zichtbaar, rest } = vouw(tekst);
        expect(zichtbaar + rest).toBe(tekst);
        expect(/[\uD800-\uDFFF]/u.test(zichtbaar) || /[\uD800-\uDFFF]/u.test(rest)).toBe(false);
        expect(Array.from(zichtbaar).length).toBeLessThanOrEqual(Math.max(VOUW_TEKENS, 0) + 1);
      }),
    );
  });

  it("shows the first lines and folds the rest; a short text is not folded", () => {
    const tekst = Array.from({ length: 10 }, (_, i) => `Regel ${i + 1}`).join("\n");
    expect(vouw(tekst)).toEqual({ zichtbaar: "Regel 1\nRegel 2\nRegel 3\nRegel 4\nRegel 5\nRegel 6\n", rest: "Regel 7\nRegel 8\nRegel 9\nRegel 10" });
    expect(vouw("Kort.\nTwee regels.")).toEqual({ zichtbaar: "Kort.\nTwee regels.", rest: "" });
    const alinea = "woord ".repeat(300);
    const { zichtbaar } = vouw(alinea);
    expect(zichtbaar.endsWith("woord ")).toBe(true);
  });

  it("reads goals one per line", () => {
    expect(regelsVan("a. Eerste\r\n* Tweede\n\n   \n3) Derde")).toEqual(["Eerste", "Tweede", "Derde"]);
  });
});
