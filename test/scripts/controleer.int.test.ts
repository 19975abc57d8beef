import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const voerUit = promisify(execFile);

/** `npm run controleer -- <bestand>` as an office manager runs it: the output and the exit code. */
async function controleer(bestand: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await voerUit(process.execPath, ["--import", "tsx", "scripts/controleer.ts", bestand], { env: { ...process.env, NODE_OPTIONS: "" } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
let demo: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "maatwerkbot-controleer-"));
  demo = JSON.parse(await readFile("config/swv/demo.json", "utf8"));
  await cp("config/swv/demo-logo.png", join(dir, "demo-logo.png"));
});

async function kopie(naam: string, wijzig: (d: typeof demo) => void): Promise<string> {
  const d = structuredClone(demo);
  wijzig(d);
  const bestand = join(dir, naam);
  await writeFile(bestand, JSON.stringify(d, null, 2));
  return bestand;
}

describe("npm run controleer", () => {
  it("summarises the demo SWV: every school with sector, stadsdeel, bestuur and who decides per regeling, people per role, pots, holidays", async () => {
    const uit = await controleer("config/swv/demo.json");
    expect(uit.code).toBe(0);
    const tekst = uit.stdout;
    expect(tekst).toContain("Samenwerkingsverband Demo (demo): de configuratie is in orde.");
    const beslisser: Record<string, string> = { "01AA": "Mark Jansen", "02BB": "Fatima El Amrani", "03CC": "Fatima El Amrani", "04DD": "Peter Bakker", "05EE": "Peter Bakker" };
    for (const school of demo.scholen) {
      const blok = tekst.slice(tekst.indexOf(`  ${school.brin} ${school.naam}:`)).split(/\n {2}\S/)[0]!;
      expect(blok).toContain(school.sector);
      if (school.stadsdeel) expect(blok).toContain(`stadsdeel ${school.stadsdeel}`);
      expect(blok).toContain(demo.besturen.find((b: { id: string }) => b.id === school.bestuur).naam);
      expect(blok).toContain(`Maatwerkbudget (Almere): beslist door ${beslisser[school.brin]}`);
      if (school.sector === "VO") expect(blok).toContain("Individueel maatwerkbudget (De Verbinding): beslist door Erica Jordaan");
    }
    for (const p of demo.personen) expect(tekst).toContain(p.naam);
    expect(tekst).toContain("Eva Mulder <Eva.Mulder@example.org> (object-id bij eerste gebruik) voor 03CC, 05EE");
    expect(tekst).toMatch(/verbinding-pilot: €\s150\.000,00 per schooljaar voor Individueel maatwerkbudget \(De Verbinding\) en Groepsaanpak maatwerkbudget \(De Verbinding\)/);
    expect(tekst).toContain("Herfstvakantie 2026: 2026-10-17 t/m 2026-10-25");
  });

  it("names a configured vervanger with the decider", async () => {
    const bestand = await kopie("vervanger.json", (d) => d.vervangingen.push({ voor: "22222222-2222-4222-8222-222222222222", door: "Eva.Mulder@example.org", van: "2027-01-01", tot: "2027-01-31" }));
    const uit = await controleer(bestand);
    expect(uit.code).toBe(0);
    expect(uit.stdout).toContain("beslist door Mark Jansen <mark.jansen@example.org> (stadsdeelmanager); vervanger: Eva Mulder <Eva.Mulder@example.org> (object-id bij eerste gebruik) van 2027-01-01 t/m 2027-01-31");
  });

  it("lists every problem of the form at once, with the file and the path, and exits non-zero", async () => {
    const bestand = await kopie("vorm.json", (d) => {
      d.scholen[1].brin = "XYZ";
      d.personen[0].email = "geen adres";
      delete d.personen[2].id;
      delete d.personen[2].email;
      d.besturen[0].naam = "";
    });
    const uit = await controleer(bestand);
    expect(uit.code).toBe(1);
    expect(uit.stdout).toBe("");
    expect(uit.stderr).toContain("4 problemen gevonden");
    expect(uit.stderr).toContain(bestand);
    expect(uit.stderr).toContain("scholen[1].brin: Een BRIN bestaat uit twee cijfers en twee hoofdletters");
    expect(uit.stderr).toMatch(/personen\[0\]\.email: .+/);
    expect(uit.stderr).toContain("personen[2].email: Geef een e-mailadres ('email') of een Entra object-id ('id').");
    expect(uit.stderr).toMatch(/besturen\[0\]\.naam: .+/);
    expect(uit.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("lists every problem of how the file fits together at once, and exits non-zero", async () => {
    const bestand = await kopie("samenhang.json", (d) => {
      d.personen[0].rollen[0].scholen.push("77ZZ");
      d.personen.push({ naam: "Dubbele Eva", email: "eva.mulder@EXAMPLE.org", rollen: [{ rol: "staf" }] });
      d.personen[2].rollen[0].stadsdeel = "elders";
      d.vervangingen.push({ voor: "iemand@example.org", door: "22222222-2222-4222-8222-222222222222", van: "2027-01-01", tot: "2027-01-31" });
    });
    const uit = await controleer(bestand);
    expect(uit.code).toBe(1);
    expect(uit.stderr).toContain("personen[0].rollen[0].scholen[3]: Onbekende school '77ZZ'.");
    expect(uit.stderr).toContain(`personen[${demo.personen.length}].email: Het e-mailadres 'eva.mulder@EXAMPLE.org' staat ook bij personen[${demo.personen.length - 1}] (Eva Mulder)`);
    expect(uit.stderr).toContain("vervangingen[0].voor: Onbekende persoon 'iemand@example.org'.");
    // Nobody decides for stadsdeel poort any more: both of its schools, for each regeling.
    expect(uit.stderr).toContain("scholen[1]: Er is geen beslisser ingesteld voor stadsdeel poort (regeling almere-maatwerk, school 02BB).");
    expect(uit.stderr).toContain("scholen[2]: Er is geen beslisser ingesteld voor stadsdeel poort (regeling jaarplan-innovatie, school 03CC).");
  });

  it("says how to use it when no file is given", async () => {
    const uit = await controleer("");
    expect(uit.code).not.toBe(0);
    expect(uit.stderr).toMatch(/Gebruik: npm run controleer|Kan het bestand niet lezen/);
  });
});
