import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { laadConfiguratie, laadProfielen } from "../../src/config/configuratie.js";
import { fouttekst, isDomainError } from "../../src/domain/errors.js";
import { bepaalBeslisser } from "../../src/domain/routering.js";

const demo = async () => JSON.parse(await readFile("config/swv/demo.json", "utf8"));

async function fout(swv: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "maatwerkbot-config-"));
  const bestand = join(dir, "swv.json");
  await writeFile(bestand, typeof swv === "string" ? swv : JSON.stringify(swv));
  try {
    await laadConfiguratie(bestand, "config/regelingen");
  } catch (error) {
    if (!isDomainError(error, "CONFIG_ONGELDIG")) throw error;
    expect(fouttekst(error)).toContain(bestand);
    return fouttekst(error);
  }
  throw new Error("De configuratie werd ten onrechte geaccepteerd.");
}

describe("shipped profiles and the demo SWV", () => {
  it("load: one profile per source document, five regelingen in all", async () => {
    const profielen = await laadProfielen("config/regelingen");
    expect([...profielen.values()].map((p) => p.bron).sort()).toEqual(["000_a513ff208c720dcd.txt", "002_3774631bae1fa221.txt", "003_3a98448a0ac30e44.txt"]);
    const { swv, regelingen } = await laadConfiguratie("config/swv/demo.json", "config/regelingen");
    expect(regelingen).toHaveLength(5);
    expect(new Set(swv.scholen.map((s) => s.sector))).toEqual(new Set(["PO", "VO"]));
    expect(new Set(swv.scholen.flatMap((s) => (s.stadsdeel ? [s.stadsdeel] : [])))).toEqual(new Set(["haven", "poort"]));
  });

  it("the demo has a decider for every school under every regeling that applies to it", async () => {
    const { swv, regelingen } = await laadConfiguratie("config/swv/demo.json", "config/regelingen");
    for (const school of swv.scholen)
      for (const r of regelingen.filter((x) => x.sectoren.includes(school.sector))) expect(bepaalBeslisser(r, school, swv).beslisserId).toBeTruthy();
  });
});

describe("an invalid SWV config stops the start with the file, the path and what is wrong", () => {
  it("an unknown profile", async () => {
    const swv = await demo();
    swv.profielen.push("bestaat-niet");
    expect(await fout(swv)).toContain("profielen[3]: Onbekend profiel 'bestaat-niet'");
  });

  it("a consulent at a school that does not exist, and a duplicate BRIN", async () => {
    const swv = await demo();
    swv.personen[0].rollen[0].scholen.push("42XX");
    swv.scholen.push({ ...swv.scholen[0] });
    const bericht = await fout(swv);
    expect(bericht).toContain("personen[0].rollen[0].scholen[3]: Onbekende school '42XX'");
    expect(bericht).toContain("scholen[5].brin: BRIN '01AA' komt twee keer voor");
  });

  it("a PO school in a stadsdeel without a stadsdeelmanager", async () => {
    const swv = await demo();
    swv.scholen.push({ brin: "06FF", naam: "Basisschool Nieuw", sector: "PO", stadsdeel: "buiten", bestuur: "stichting-noorderlicht" });
    expect(await fout(swv)).toContain("Er is geen beslisser ingesteld voor stadsdeel buiten");
  });

  it("a PO school without a stadsdeel, and a wrong type", async () => {
    const swv = await demo();
    delete swv.scholen[0].stadsdeel;
    swv.beslistermijnSchooldagen = "vijf";
    const bericht = await fout(swv);
    expect(bericht).toContain("scholen[0].stadsdeel: Een PO-school hoort bij een stadsdeel.");
    expect(bericht).toContain("beslistermijnSchooldagen");
  });

  it("a misspelt key, in Dutch", async () => {
    const swv = await demo();
    swv.scholen[0].stadsdel = "haven";
    expect(await fout(swv)).toContain('scholen[0]: Onbekende key: "stadsdel"');
  });

  it("a file that is not JSON", async () => {
    expect(await fout("{ niet json")).toContain("(hoofdniveau): Geen geldige JSON");
  });
});

describe("the briefhoofd of the beschikking letter", () => {
  it("the demo has an address, a signature line and its PNG logo, read at start", async () => {
    const { swv, logo } = await laadConfiguratie("config/swv/demo.json", "config/regelingen");
    expect(swv.briefhoofd).toEqual({ adres: ["Postbus 1234", "1300 AA Almere"], ondertekening: { naam: "drs. W.M. de Boer", functie: "directeur-bestuurder" }, logo: "demo-logo.png" });
    expect(Buffer.from(logo!).subarray(1, 4).toString()).toBe("PNG");
  });

  it("a missing logo file, or one that is no PNG, is named with its path; a logo outside the folder is refused", async () => {
    const swv = await demo();
    swv.briefhoofd.logo = "ontbreekt.png";
    expect(await fout(swv)).toMatch(/briefhoofd\.logo: Het logo \/.*\/ontbreekt\.png bestaat niet of is niet leesbaar \(ENOENT\)/);
    swv.briefhoofd.logo = "swv.json.png";
    const dir = await mkdtemp(join(tmpdir(), "maatwerkbot-logo-"));
    await writeFile(join(dir, "swv.json.png"), "geen plaatje");
    await writeFile(join(dir, "swv.json"), JSON.stringify(swv));
    const geenPng = await laadConfiguratie(join(dir, "swv.json"), "config/regelingen").catch((error: unknown) => error);
    expect(isDomainError(geenPng, "CONFIG_ONGELDIG") && fouttekst(geenPng)).toContain(`briefhoofd.logo: Het logo ${join(dir, "swv.json.png")} is geen PNG-bestand.`);
    swv.briefhoofd.logo = "../elders.png";
    expect(await fout(swv)).toContain("briefhoofd.logo: Het logo staat in de map van de configuratie; '..' kan niet.");
    swv.briefhoofd.logo = "logo.jpg";
    expect(await fout(swv)).toContain("briefhoofd.logo: Het logo is een PNG-bestand (.png)");
  });
});
