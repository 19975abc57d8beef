import { readFile } from "node:fs/promises";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { beschikkingsbrief } from "../../src/beschikking/brief.js";
import { laadBriefmiddelen } from "../../src/beschikking/middelen.js";
import { tekenBrief, type Briefmiddelen } from "../../src/beschikking/pdf.js";
import type { Aanvraag, Leerling } from "../../src/domain/aanvraag.js";
import { fouttekst, isDomainError } from "../../src/domain/errors.js";
import { bewerk, dienIn, kenToe, maakConcept, wijsAf } from "../../src/domain/lifecycle.js";
import type { Regeling } from "../../src/domain/regeling.js";
import { begroting, splitsend, volledigeAntwoorden, voorwaarden } from "../domain/builders.js";
import { ERICA, MARK, PETER, SANNE, demoConfig, regeling } from "../support/demo.js";
import { eerstePaginaAlsPng, tekstPerPagina } from "../support/pdf.js";

const almere = regeling("almere-maatwerk");
const groep = regeling("verbinding-groepsaanpak");
const NU = new Date("2026-11-02T09:00:00Z");
const BESLOTEN = new Date("2026-11-03T10:15:00Z");
const PERIODE = { start: "2027-01-11", eind: "2027-04-09" };
const LEERLING: Leerling = { referentie: "LL-2026-017", initialen: "J.B.", geboortejaar: 2016 };

/** Sanne's Almere aanvraag for one pupil at 01AA, submitted to Mark, asking € 1.950,00 over PERIODE. */
function almereIngediend(): Aanvraag {
  const concept = maakConcept({ id: "0d7f7f43-8f43-4e43-9c43-6f7f7f7f7f01", nummer: "MW-2026-0007", swvId: "demo", regelingId: almere.id, schoolBrin: "01AA", consulentId: SANNE }, NU);
  const antwoorden = volledigeAntwoorden(almere, { leerling: [LEERLING], periode: PERIODE, begroting: { regels: [{ omschrijving: "Ambulante begeleiding, 26 uur", bedrag: 195000 }], totaal: 195000 } });
  const compleet = bewerk(concept, { antwoorden, voorwaarden: voorwaarden(almere) }, { door: SANNE }, NU);
  return dienIn(compleet, almere, { beslisserId: MARK }, { door: SANNE }, NU);
}

/** Peter grants it as Mark's vervanger: € 1.950,00, 12 schoolweken. */
function almereToegekend(): Aanvraag {
  return kenToe(almereIngediend(), almere, { beschikkingsnummer: "B-MW-2026-0007", bedrag: 195000, periode: PERIODE, schoolweken: 12, toelichting: "De begeleider start na de kerstvakantie." }, { door: PETER, namens: MARK }, BESLOTEN);
}

/** Mark refuses it with two reasons. */
function almereAfgewezen(): Aanvraag {
  return wijsAf(almereIngediend(), { reden: "Er is nog geen half jaar extra ondersteuning ingezet.\nDe arrangementsmiddelen zijn nog niet besteed." }, { door: MARK }, BESLOTEN);
}

/** Erica grants a De Verbinding groepsaanpak of five named pupils at 04DD. */
function groepToegekend(r: Regeling = groep): Aanvraag {
  const concept = maakConcept({ id: "0d7f7f43-8f43-4e43-9c43-6f7f7f7f7f02", nummer: "MW-2026-0008", swvId: "demo", regelingId: r.id, schoolBrin: "04DD", consulentId: SANNE }, NU);
  const leerlingen = ["Emma de Groot", "Daan Visser", "Sara Bos", "Milan Dekker", "Noa Mulder"].map((naam, i) => ({ referentie: `VO-${300 + i}`, initialen: `${naam[0]}.`, geboortejaar: 2012, naam }));
  const compleet = bewerk(concept, { antwoorden: volledigeAntwoorden(r, { leerlingen, periode: { start: "2027-01-11", eind: "2027-07-09" } }), voorwaarden: voorwaarden(r) }, { door: SANNE }, NU);
  const ingediend = dienIn(compleet, r, { beslisserId: ERICA }, { door: SANNE }, NU);
  return kenToe(ingediend, r, { beschikkingsnummer: "B-MW-2026-0008", bedrag: 300000, periode: { start: "2027-01-11", eind: "2027-07-09" }, schoolweken: 21 }, { door: ERICA }, BESLOTEN);
}

let middelen: Briefmiddelen;
const pdfVan = (a: Aanvraag, r: Regeling = almere) => tekenBrief(beschikkingsbrief(demoConfig.swv, r, a), middelen);

beforeAll(async () => {
  middelen = await laadBriefmiddelen(demoConfig.logo);
});

describe("the beschikking of a granted Almere aanvraag as a PDF letter", () => {
  it("carries every field a school and its bestuur file, in Dutch formatting, and no pupil name", async () => {
    const toegekend = almereToegekend();
    // A name that slipped into the stored pupil data (an older version, an import) must still never reach the letter.
    toegekend.antwoorden.leerling = [{ ...LEERLING, naam: "Jan Bakker" }];
    const pdf = await pdfVan(toegekend);
    const tekst = (await tekstPerPagina(pdf)).join("\n");
    for (const verwacht of [
      "Samenwerkingsverband Demo",
      "Postbus 1234",
      "1300 AA Almere",
      "Beschikking Maatwerkbudget (Almere)",
      "Beschikkingsnummer B-MW-2026-0007",
      "Datum 3 november 2026",
      "Aanvraag MW-2026-0007",
      "Regeling Maatwerkbudget (Almere)",
      "School Basisschool De Regenboog (BRIN 01AA)",
      "Schoolbestuur Stichting Noorderlicht (PO)",
      "Het bestuur van Stichting Noorderlicht (PO)",
      "Leerling referentie LL-2026-017, initialen J.B.",
      "Toegekend bedrag € 1.950,00",
      "Periode 11 januari 2027 tot en met 9 april 2027",
      "Aantal schoolweken 12",
      "Schooljaar 2026-2027",
      "De begeleider start na de kerstvakantie.",
      "ten minste elke 3 maanden met de consulent",
      "op 9 april 2027, evalueren de school, de ouders en de consulent samen",
      "De tijdelijke extra ondersteuning voorkomt een TLV-aanvraag",
      "door Peter Bakker, als vervanger van Mark Jansen, stadsdeelmanager",
      "drs. W.M. de Boer",
      "directeur-bestuurder",
    ])
      expect(tekst.replace(/\s+/g, " "), verwacht).toContain(verwacht);
    expect(tekst).not.toContain("Jan Bakker");
    expect(tekst).not.toContain("Bakker, J");
  });

  it("is the same document, byte for byte, every time it is made from the same decision", async () => {
    const a = almereToegekend();
    const [een, twee] = [await pdfVan(a), await pdfVan(structuredClone(a))];
    expect(een.subarray(0, 5).toString()).toBe("%PDF-");
    expect(een.equals(twee)).toBe(true);
    expect(een.toString("latin1")).toContain("/FontFile2");
    expect(een.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+IBMPlexSans/);
  });

  it("renders its first page with pdftoppm: an A4 page with ink on it (looked at in review; docs/beschikking-toekenning.png)", async () => {
    const png = await eerstePaginaAlsPng(await pdfVan(almereToegekend()), "test-results/beschikking/toekenning");
    const beeld = PNG.sync.read(await readFile(png));
    expect(beeld.width).toBe(827);
    expect(beeld.height).toBe(1170);
    let inkt = 0;
    for (let i = 0; i < beeld.data.length; i += 4) if (beeld.data[i]! < 128) inkt++;
    expect(inkt / (beeld.width * beeld.height)).toBeGreaterThan(0.01);
  });
});

describe("the refusal letter", () => {
  it("names the decision, the reasons, the amount and period asked, who decided, and fits on one page", async () => {
    const pdf = await pdfVan(almereAfgewezen());
    const paginas = await tekstPerPagina(pdf);
    expect(paginas).toHaveLength(1);
    const tekst = paginas[0]!.replace(/\s+/g, " ");
    for (const verwacht of [
      "Beschikking Maatwerkbudget (Almere): afwijzing",
      "Beschikkingsnummer B-MW-2026-0007",
      "Datum 3 november 2026",
      "Samenwerkingsverband Demo wijst de aanvraag af.",
      "Redenen",
      "Er is nog geen half jaar extra ondersteuning ingezet.",
      "De arrangementsmiddelen zijn nog niet besteed.",
      "Aangevraagd bedrag € 1.950,00",
      "Aangevraagde periode 11 januari 2027 tot en met 9 april 2027",
      "School Basisschool De Regenboog (BRIN 01AA)",
      "Schoolbestuur Stichting Noorderlicht (PO)",
      "Leerling referentie LL-2026-017, initialen J.B.",
      "door Mark Jansen, stadsdeelmanager, namens Samenwerkingsverband Demo",
      "drs. W.M. de Boer",
    ])
      expect(tekst, verwacht).toContain(verwacht);
    expect(tekst).not.toMatch(/Toegekend bedrag|schoolweken/);
    await eerstePaginaAlsPng(pdf, "test-results/beschikking/afwijzing");
  });
});

describe("a beschikking split over two schooljaren", () => {
  it("states each schooljaar's part, its amount and school weeks, as the beschikking card does, and why", async () => {
    // Given: Erica grants € 8.000 for 1 June to 30 September 2027 under De Verbinding individueel, configured to split.
    const r = splitsend(regeling("verbinding-individueel"));
    const periode = { start: "2027-06-01", eind: "2027-09-30" };
    const concept = maakConcept({ id: "0d7f7f43-8f43-4e43-9c43-6f7f7f7f7f03", nummer: "MW-2026-0009", swvId: "demo", regelingId: r.id, schoolBrin: "05EE", consulentId: SANNE }, NU);
    const compleet = bewerk(concept, { antwoorden: volledigeAntwoorden(r, { periode, begroting: begroting(800000) }), voorwaarden: voorwaarden(r) }, { door: SANNE }, NU);
    const ingediend = dienIn(compleet, r, { beslisserId: ERICA }, { door: SANNE }, NU);
    const toegekend = kenToe(ingediend, r, { beschikkingsnummer: "B-MW-2026-0009", bedrag: 800000, periode, schoolweken: 12 }, { door: ERICA }, BESLOTEN, demoConfig.swv.schoolvakanties);

    // When the letter is made; then it names both parts (7 school weeks before the zomervakantie, 5 after) and no single schooljaar.
    const tekst = (await tekstPerPagina(await pdfVan(toegekend, r))).join("\n").replace(/\s+/g, " ");
    for (const verwacht of [
      "Toegekend bedrag € 8.000,00",
      "Periode 1 juni 2027 tot en met 30 september 2027",
      "Aantal schoolweken 12",
      "Schooljaar 2026-2027 € 4.666,67 (7 schoolweken)",
      "Schooljaar 2027-2028 € 3.333,33 (5 schoolweken)",
      "De periode loopt over 2 schooljaren. De regeling kent per schooljaar toe; het bedrag is verdeeld naar de schoolweken in elk schooljaar",
    ])
      expect(tekst).toContain(verwacht);
    expect(tekst).not.toMatch(/Schooljaar 2026-2027 (?!€)/);
  });
});

describe("a groepsaanpak whose regeling names the pupils", () => {
  it("names them only in the appendix, never on the letter itself; the contactpersoon holds the voortgang", async () => {
    const paginas = await tekstPerPagina(await pdfVan(groepToegekend(), groep));
    const bijlage = paginas.findIndex((p) => p.includes("Bijlage: leerlingen in de groepsaanpak"));
    expect(bijlage).toBeGreaterThan(0);
    const brief = paginas.slice(0, bijlage).join("\n").replace(/\s+/g, " ");
    expect(brief).toContain("Leerlingen 5 leerlingen, zie de bijlage");
    expect(brief).toContain("ten minste elke 3 maanden met de contactpersoon van het samenwerkingsverband, voor het eerst rond 12 april 2027");
    expect(brief).toContain("door Erica Jordaan, programmadirecteur");
    for (const naam of ["Emma de Groot", "Noa Mulder"]) {
      expect(brief).not.toContain(naam);
      expect(paginas.slice(bijlage).join("\n")).toContain(naam);
    }
  });
});

describe("an aanvraag without a decision", () => {
  it("has no beschikking: a coded Dutch error", () => {
    let fout: unknown;
    try {
      beschikkingsbrief(demoConfig.swv, almere, almereIngediend());
    } catch (error) {
      fout = error;
    }
    expect(isDomainError(fout, "GEEN_BESCHIKKING") && fouttekst(fout)).toBe("Over aanvraag MW-2026-0007 is nog niet besloten; er is nog geen beschikking.");
  });
});
