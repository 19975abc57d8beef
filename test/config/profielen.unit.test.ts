import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatBedrag } from "../../src/domain/geld.js";
import { Profiel, type Regeling } from "../../src/domain/regeling.js";
import { bepaalBeslisser } from "../../src/domain/routering.js";
import { heeftRol, scholenVanConsulent, SwvConfig } from "../../src/domain/swv.js";
import { demoSwv, demoSwvJson, leesbaar, PERSOON, profiel, PROFIELEN, profielJson, SEED } from "../domain/builders.js";

const bronVan = { almere: SEED.almere, "de-verbinding": SEED.verbinding, jaarplan: SEED.jaarplan } as const;
const alleRegelingen = (): Regeling[] => PROFIELEN.flatMap((p) => profiel(p).regelingen);

describe("shipped regeling profiles (config/regelingen)", () => {
  it.each(PROFIELEN.map((id) => [id, bronVan[id]] as const))("%s.json parses with Profiel and names its seed %s", (id, bron) => {
    const resultaat = Profiel.safeParse(profielJson(id));
    expect(resultaat.error?.issues ?? []).toEqual([]);
    expect(resultaat.data).toMatchObject({ id, bron });
    for (const r of resultaat.data!.regelingen) expect(r.bron).toBe(bron);
  });

  it("one profile per seed document, five regelingen with unique ids", () => {
    expect(alleRegelingen().map((r) => r.id)).toEqual([
      "almere-maatwerk",
      "verbinding-individueel",
      "verbinding-groepsaanpak",
      "jaarplan-maatwerk",
      "jaarplan-innovatie",
    ]);
  });

  const eisen: [string, string, Partial<Regeling>][] = [
    [
      "almere-maatwerk",
      SEED.almere,
      {
        soort: "maatwerk-individueel",
        sectoren: ["PO", "VO"],
        beslisser: { soort: "per-sector", rollen: { PO: "stadsdeelmanager", VO: "coordinator-steunpunt" } },
        limieten: { minLeerlingen: 1, maxLeerlingen: 1, maxDuurMaanden: 3 },
        voortgang: { cadansMaanden: 3, met: "consulent", doelen: "doelen", dagenVooraf: 7 },
        verlenging: { maxAantal: 0, evaluatie: [] },
      },
    ],
    [
      "verbinding-individueel",
      SEED.verbinding,
      {
        soort: "maatwerk-individueel",
        sectoren: ["VO"],
        beslisser: { soort: "rol", rol: "programmadirecteur" },
        limieten: { maxBedrag: 800000, minLeerlingen: 1, maxLeerlingen: 1, jaarbudget: { pot: "verbinding-pilot", bedrag: 15000000, bijOverschrijding: "waarschuwen-en-bestuur-informeren" } },
        voortgang: { cadansMaanden: 3, met: "contactpersoon", doelen: "doelen", dagenVooraf: 7 },
      },
    ],
    [
      "verbinding-groepsaanpak",
      SEED.verbinding,
      {
        soort: "maatwerk-groepsaanpak",
        sectoren: ["VO"],
        beslisser: { soort: "rol", rol: "programmadirecteur" },
        limieten: { maxBedrag: 4000000, minLeerlingen: 5, jaarbudget: { pot: "verbinding-pilot", bedrag: 15000000, bijOverschrijding: "waarschuwen-en-bestuur-informeren" } },
        voortgang: { cadansMaanden: 3, met: "contactpersoon", doelen: "doelen", dagenVooraf: 7 },
      },
    ],
    [
      "jaarplan-maatwerk",
      SEED.jaarplan,
      {
        soort: "maatwerk-individueel",
        sectoren: ["PO", "VO"],
        beslisser: { soort: "per-sector", rollen: { PO: "stadsdeelmanager", VO: "coordinator-steunpunt" } },
        limieten: { minLeerlingen: 1 },
        verlenging: { maxAantal: 0, evaluatie: [] },
      },
    ],
    [
      "jaarplan-innovatie",
      SEED.jaarplan,
      {
        soort: "innovatie",
        sectoren: ["PO", "VO"],
        beslisser: { soort: "per-sector", rollen: { PO: "stadsdeelmanager", VO: "coordinator-steunpunt" } },
        limieten: { maxDuurMaanden: 12 },
      },
    ],
  ];

  it.each(eisen)("%s has what its seed %s requires: kind, sectors, decider, limits and progress", (id, bron, verwacht) => {
    const r = alleRegelingen().find((x) => x.id === id)!;
    expect(r.bron).toBe(bron);
    expect(r).toMatchObject(verwacht);
  });

  it("amounts are whole euro cents: € 8.000, € 40.000 and € 150.000 read as such", () => {
    const bedragen = alleRegelingen().flatMap((r) => [r.limieten.maxBedrag, r.limieten.jaarbudget?.bedrag].filter((b) => b !== undefined));
    expect(bedragen.map((b) => leesbaar(formatBedrag(b)))).toEqual(["€ 8.000,00", "€ 150.000,00", "€ 40.000,00", "€ 150.000,00"]);
  });

  it("every regeling asks for a planning and a specified budget, and evaluates at the end", () => {
    for (const r of alleRegelingen()) {
      expect(r.criteria.map((c) => c.type)).toEqual(expect.arrayContaining(["periode", "begroting"]));
      expect(r.evaluatie.vragen.length).toBeGreaterThan(0);
    }
  });

  it("every criterion has a short label and a help text for the consulent", () => {
    for (const c of alleRegelingen().flatMap((r) => r.criteria.map((x) => ({ ...x, regeling: r.id })))) {
      expect(c.label.length, `${c.regeling}/${c.id}`).toBeLessThanOrEqual(60);
      expect(c.help?.length ?? 0, `${c.regeling}/${c.id}`).toBeGreaterThan(10);
    }
  });

  it("a profile with a typo or with euros instead of cents is refused, not silently accepted", () => {
    const metTypfout = structuredClone(profielJson("almere")) as { regelingen: Record<string, unknown>[] };
    metTypfout.regelingen[0]!.beslisers = metTypfout.regelingen[0]!.beslisser;
    expect(Profiel.safeParse(metTypfout).success).toBe(false);
    const inEuros = structuredClone(profielJson("de-verbinding")) as { regelingen: { limieten: { maxBedrag: number } }[] };
    inEuros.regelingen[0]!.limieten.maxBedrag = 8000.5;
    expect(Profiel.safeParse(inEuros).success).toBe(false);
  });
});

describe("the demo SWV (config/swv/demo.json)", () => {
  it("parses with SwvConfig and uses the three shipped profiles", () => {
    const resultaat = SwvConfig.safeParse(demoSwvJson());
    expect(resultaat.error?.issues ?? []).toEqual([]);
    expect(resultaat.data).toMatchObject({ id: "demo", naam: "Samenwerkingsverband Demo", profielen: ["almere", "de-verbinding", "jaarplan"] });
    for (const p of resultaat.data!.profielen) expect(existsSync(`config/regelingen/${p}.json`)).toBe(true);
  });

  it("has two besturen and five schools, PO schools in a stadsdeel", () => {
    const swv = demoSwv();
    expect(swv.besturen.map((b) => b.id)).toEqual(["stichting-noorderlicht", "stichting-stadscollege"]);
    expect(swv.scholen.map((s) => [s.brin, s.sector, s.stadsdeel ?? "-"])).toEqual([
      ["01AA", "PO", "haven"],
      ["02BB", "PO", "poort"],
      ["03CC", "PO", "poort"],
      ["04DD", "VO", "-"],
      ["05EE", "VO", "-"],
    ]);
    for (const s of swv.scholen) expect(swv.besturen.map((b) => b.id)).toContain(s.bestuur);
  });

  it("has the people other code depends on, with these exact ids and roles", () => {
    const swv = demoSwv();
    expect(swv.personen.map((p) => [p.id, p.naam, p.rollen.map((r) => r.rol).join(",")])).toEqual([
      [PERSOON.sanne, "Sanne de Vries", "consulent"],
      [PERSOON.mark, "Mark Jansen", "stadsdeelmanager"],
      [PERSOON.fatima, "Fatima El Amrani", "stadsdeelmanager"],
      [PERSOON.peter, "Peter Bakker", "coordinator-steunpunt"],
      [PERSOON.erica, "Erica Jordaan", "programmadirecteur"],
      [PERSOON.joost, "Joost Visser", "contactpersoon"],
      [PERSOON.linda, "Linda Smit", "staf"],
      [PERSOON.ahmed, "Ahmed Yilmaz", "bestuur-contact"],
      [PERSOON.noor, "Noor Hendriks", "consulent"],
      ["eva.mulder@example.org", "Eva Mulder", "consulent"],
      [PERSOON.karin, "Karin Mulder", "swv-bestuur"],
    ]);
    for (const p of swv.personen) expect(p.email).toMatch(/@example\.org$/);
  });

  it("every school a consulent or contactpersoon works for exists, and every school has a consulent", () => {
    const swv = demoSwv();
    const brins = new Set(swv.scholen.map((s) => s.brin));
    for (const r of swv.personen.flatMap((p) => p.rollen))
      if (r.rol === "consulent" || r.rol === "contactpersoon") for (const b of r.scholen) expect(brins).toContain(b);
    expect(scholenVanConsulent(swv, PERSOON.sanne).map((s) => s.brin)).toEqual(["01AA", "02BB", "04DD"]);
    expect(scholenVanConsulent(swv, PERSOON.noor).map((s) => s.brin)).toEqual(["03CC", "05EE"]);
    const gedekt = new Set([PERSOON.sanne, PERSOON.noor].flatMap((id) => scholenVanConsulent(swv, id).map((s) => s.brin)));
    expect(gedekt).toEqual(brins);
  });

  it("every PO stadsdeel has a stadsdeelmanager, and the bestuur-contact belongs to a known bestuur", () => {
    const swv = demoSwv();
    const stadsdelen = new Set(swv.scholen.filter((s) => s.sector === "PO").map((s) => s.stadsdeel));
    const beheerd = new Set(swv.personen.flatMap((p) => p.rollen.flatMap((r) => (r.rol === "stadsdeelmanager" ? [r.stadsdeel] : []))));
    expect(beheerd).toEqual(stadsdelen);
    const besturen = swv.personen.flatMap((p) => p.rollen.flatMap((r) => (r.rol === "bestuur-contact" ? [r.bestuur] : [])));
    for (const b of besturen) expect(swv.besturen.map((x) => x.id)).toContain(b);
    expect(heeftRol(swv, PERSOON.ahmed, "bestuur-contact")).toBe(true);
  });

  it("bepaalBeslisser gives a decider for every school under every regeling that applies to it", () => {
    const swv = demoSwv();
    const toewijzingen = swv.scholen.flatMap((s) =>
      alleRegelingen()
        .filter((r) => r.sectoren.includes(s.sector))
        .map((r) => `${s.brin} ${r.id} → ${swv.personen.find((p) => p.id === bepaalBeslisser(r, s, swv).beslisserId)?.naam}`),
    );
    expect(toewijzingen).toEqual([
      "01AA almere-maatwerk → Mark Jansen",
      "01AA jaarplan-maatwerk → Mark Jansen",
      "01AA jaarplan-innovatie → Mark Jansen",
      "02BB almere-maatwerk → Fatima El Amrani",
      "02BB jaarplan-maatwerk → Fatima El Amrani",
      "02BB jaarplan-innovatie → Fatima El Amrani",
      "03CC almere-maatwerk → Fatima El Amrani",
      "03CC jaarplan-maatwerk → Fatima El Amrani",
      "03CC jaarplan-innovatie → Fatima El Amrani",
      "04DD almere-maatwerk → Peter Bakker",
      "04DD verbinding-individueel → Erica Jordaan",
      "04DD verbinding-groepsaanpak → Erica Jordaan",
      "04DD jaarplan-maatwerk → Peter Bakker",
      "04DD jaarplan-innovatie → Peter Bakker",
      "05EE almere-maatwerk → Peter Bakker",
      "05EE verbinding-individueel → Erica Jordaan",
      "05EE verbinding-groepsaanpak → Erica Jordaan",
      "05EE jaarplan-maatwerk → Peter Bakker",
      "05EE jaarplan-innovatie → Peter Bakker",
    ]);
  });
});
