import { randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { AHMED, ERICA, FATIMA, LINDA, MARK, NOOR, PETER, SANNE, regeling } from "../support/demo.js";
import { gebruiker, type Gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { tekstVan } from "../support/kaart.js";
import { varianten } from "../support/varianten.js";
import { formatBedrag } from "../../src/domain/geld.js";

const JOOST = "66666666-6666-4666-8666-666666666666";
const IEDEREEN = { SANNE, NOOR, MARK, FATIMA, PETER, ERICA, LINDA, AHMED, JOOST } as const;
type Naam = keyof typeof IEDEREEN;

let h: BotOpHttp;
let nu = new Date("2026-11-23T09:00:00Z");
const wie = {} as Record<Naam, Gebruiker>;
type Aanvraag = "A" | "B" | "C" | "D" | "E";
const nummers: Record<Aanvraag, string> = { A: "", B: "", C: "", D: "", E: "" };
const tekst = async (naam: Naam, vraag: string) => (await wie[naam].zeg(vraag)).kaarten.map(tekstVan).join("\n");

beforeAll(async () => {
  // Peter (coördinator steunpunt) may stand in for Mark (stadsdeelmanager) only because the SWV names the pair.
  h = await startBotOpHttp(await varianten({ swv: (swv) => (swv.toegestaneVervangers = [{ voor: MARK, door: PETER }]) }), () => nu);
  for (const [naam, id] of Object.entries(IEDEREEN)) {
    wie[naam as Naam] = gebruiker(h, id);
    await wie[naam as Naam].zeg("hallo");
  }
  await dienVolledigIn(wie.SANNE, regeling("almere-maatwerk"), "01AA"); // A: PO haven → Mark
  await dienVolledigIn(wie.NOOR, regeling("almere-maatwerk"), "03CC"); // B: PO poort → Fatima
  const keuze = (await wie.SANNE.zeg("nieuwe aanvraag")).kaarten.at(-1)!;
  await wie.SANNE.klik(keuze, "Beginnen", { regelingId: "almere-maatwerk", brin: "02BB" }); // C: Sanne's draft
  await dienVolledigIn(wie.SANNE, regeling("jaarplan-innovatie"), "04DD"); // D: innovatie, VO → Peter (coördinator steunpunt)
  await dienVolledigIn(wie.NOOR, regeling("verbinding-individueel"), "05EE"); // E: De Verbinding → Erica (programmadirecteur)
  const lijst = await h.bot.store.aanvragen.lijst();
  nummers.A = lijst.find((a) => a.schoolBrin === "01AA")!.nummer;
  nummers.B = lijst.find((a) => a.schoolBrin === "03CC")!.nummer;
  nummers.C = lijst.find((a) => a.status.fase === "concept")!.nummer;
  nummers.D = lijst.find((a) => a.schoolBrin === "04DD")!.nummer;
  nummers.E = lijst.find((a) => a.schoolBrin === "05EE")!.nummer;
});
afterAll(async () => {
  await h?.stop();
});

/**
 * Who sees which aanvraag: the consulent of its school, the contactpersoon of its school, its
 * decider, staff; nobody else, and the bestuur contact aggregates only.
 */
const MATRIX: Record<Aanvraag, Naam[]> = {
  A: ["SANNE", "MARK", "LINDA"],
  B: ["NOOR", "FATIMA", "LINDA"],
  C: ["SANNE", "LINDA"],
  D: ["SANNE", "PETER", "JOOST", "LINDA"],
  E: ["NOOR", "ERICA", "JOOST", "LINDA"],
};
/** The answer to a number that does not exist, with `nummer` in its place. */
const alsOnbekend = async (naam: Naam, vraag: string, nummer: string) => (await tekst(naam, vraag.replace(nummer, "MW-2026-0999"))).replaceAll("MW-2026-0999", nummer);

describe("status questions under the visibility rules (role by owner)", () => {
  for (const [aanvraag, zien] of Object.entries(MATRIX) as [Aanvraag, Naam[]][])
    it(`aanvraag ${aanvraag}: ${zien.join(", ")} see its status; everyone else gets the answer of a number that does not exist`, async () => {
      const nummer = nummers[aanvraag];
      for (const naam of Object.keys(IEDEREEN) as Naam[]) {
        const antwoord = await tekst(naam, `status ${nummer}`);
        if (zien.includes(naam)) {
          expect(antwoord, naam).toContain(`Aanvraag ${nummer}:`);
          expect(antwoord, naam).toMatch(/Ligt bij[\s\S]*Sinds/);
        } else expect(antwoord, naam).toBe(await alsOnbekend(naam, `status ${nummer}`, nummer));
      }
    });

  it("an aanvraag of another SWV in the same store gets, for everyone, staff included, the answer of a number that does not exist", async () => {
    const a = (await h.bot.store.aanvragen.haalOpNummer("demo", nummers.A))!;
    await h.bot.store.aanvragen.maak({ swvId: "ander-swv", prefix: "MW", jaar: 2026, bouw: () => ({ ...structuredClone(a), id: randomUUID(), swvId: "ander-swv", nummer: "MW-2026-0777" }) });
    for (const naam of Object.keys(IEDEREEN) as Naam[])
      for (const vraag of ["status MW-2026-0777", "geschiedenis MW-2026-0777", "wanneer is het volgende voortgangsgesprek van MW-2026-0777"]) expect(await tekst(naam, vraag), `${naam}: ${vraag}`).toBe(await alsOnbekend(naam, vraag, "MW-2026-0777"));
    expect(await tekst("SANNE", "mijn aanvragen")).not.toContain("MW-2026-0777");
    expect(await tekst("LINDA", "openstaande aanvragen De Regenboog")).not.toContain("MW-2026-0777");
  });

  it("a status tells the phase, who holds it since when, and the next step; Details shows its history to those who may see it only", async () => {
    const { kaarten } = await wie.SANNE.zeg(`status ${nummers.A}`);
    const kaart = kaarten.at(-1)!;
    expect(tekstVan(kaart)).toContain(`Aanvraag ${nummers.A}: ingediend`);
    expect(tekstVan(kaart)).toContain("Mark Jansen");
    // Submitted Monday 23 November 2026: five school days on is Monday 30 November.
    expect(tekstVan(kaart)).toContain("Volgende stap: Het besluit, volgens de norm van 5 schooldagen uiterlijk 30 november 2026.");
    // The history comes as a new message; the status card stays readable.
    const { kaart: zelfde, berichten } = await wie.SANNE.klikMetBerichten(kaart, "Details");
    expect(tekstVan(zelfde)).toBe(tekstVan(kaart));
    expect(berichten.map(tekstVan).join("\n")).toContain(`Verloop van ${nummers.A}`);
    expect(tekstVan(await wie.NOOR.klik(kaart, "Details"))).toContain("bestaat niet of is niet voor jou zichtbaar");
  });

  it("lists: my aanvragen, what waits for my decision (also as deputy), open aanvragen of a school within one's view", async () => {
    const mijn = await tekst("SANNE", "mijn aanvragen");
    expect(mijn).toContain(nummers.A);
    expect(mijn).toContain(nummers.C);
    expect(mijn).not.toContain(nummers.B);
    expect(await tekst("NOOR", "mijn aanvragen")).toContain(nummers.B);
    expect(await tekst("MARK", "wat ligt er bij mij")).toContain(nummers.A);
    expect(await tekst("PETER", "wat ligt er bij mij")).toContain(nummers.D);
    expect(await tekst("PETER", "wat ligt er bij mij")).not.toContain(nummers.A);
    expect(await tekst("JOOST", "wat ligt er bij mij")).toContain("Er ligt niets bij jou.");
    await wie.MARK.zeg("vervanger Peter Bakker van 23-11-2026 tot 4-12-2026");
    expect(await tekst("PETER", "wat ligt er bij mij")).toContain(nummers.A);
    expect(await tekst("LINDA", "openstaande aanvragen De Regenboog")).toContain(nummers.A);
    expect(await tekst("NOOR", "openstaande aanvragen De Regenboog")).toContain("Geen openstaande aanvragen die jij mag zien.");
    expect(await tekst("AHMED", "openstaande aanvragen")).not.toMatch(/MW-2026-\d{4}/);
    expect(await tekst("LINDA", "openstaande aanvragen Atlantis")).toContain("Ik ken geen school 'atlantis'");
  });

  it("a deputy set with 'vervanger … van … tot …' sees the aanvraag they stand in for during the period, and not after it", async () => {
    // Mark set Peter as his deputy from 23 November to 4 December 2026 (the test above).
    expect(await tekst("PETER", `status ${nummers.A}`)).toContain(`Aanvraag ${nummers.A}: ingediend`);
    nu = new Date("2026-12-04T16:00:00Z");
    expect(await tekst("PETER", `status ${nummers.A}`)).toContain(`Aanvraag ${nummers.A}: ingediend`);
    nu = new Date("2026-12-05T09:00:00Z");
    expect(await tekst("PETER", `status ${nummers.A}`)).toBe(await alsOnbekend("PETER", `status ${nummers.A}`, nummers.A));
    expect(await tekst("PETER", "wat ligt er bij mij")).not.toContain(nummers.A);
    expect(await tekst("MARK", `status ${nummers.A}`)).toContain(`Aanvraag ${nummers.A}: ingediend`);
  });

  it("the bestuur contact gets the budget aggregates, and an unknown question gets examples, never silence", async () => {
    const budget = await tekst("AHMED", "hoeveel budget is er nog");
    expect(budget).toContain("Budget schooljaar 2026-2027");
    expect(budget).toContain("Pilot maatwerkbudget De Verbinding\nJaarbudget € 150.000\nVoor: Individueel maatwerkbudget (De Verbinding); Groepsaanpak maatwerkbudget (De Verbinding)");
    expect(budget).not.toContain("verbinding-pilot");
    expect(budget).not.toMatch(/MW-2026-\d{4}/);
    const onbekend = await tekst("AHMED", "wat is het weer morgen");
    expect(onbekend).toContain("Dat begreep ik niet");
    expect(onbekend).toContain("status MW-2026-0001");
  });

  it("the monitoring report is for staff: per school and per bestuur; others are told who may", async () => {
    const rapport = await tekst("LINDA", "rapportage 2026-2027");
    expect(rapport).toContain("Rapportage schooljaar 2026-2027");
    expect(rapport).toMatch(/Basisschool De Regenboog\nMaatwerkbudget \(Almere\): 1\nEffect \(ja \/ deels \/ nee\): 0 \/ 0 \/ 0; besluit na: –\n1\n€ [\d.,]+\n€ 0,00/);
    expect(rapport).toContain("Per school");
    expect(rapport).toContain("Per bestuur");
    expect(rapport).not.toMatch(/LL-\d/);
    expect(await tekst("SANNE", "rapportage 2026-2027")).toContain("Alleen de staf van het samenwerkingsverband");
    expect(await tekst("AHMED", "rapportage")).toContain("Alleen de staf van het samenwerkingsverband");
  });

  it("tells when the next voortgangsgesprek is, or that there is none yet; on a running traject it names the planned date", async () => {
    expect(await tekst("SANNE", `wanneer is het volgende voortgangsgesprek van ${nummers.A}`)).toContain("er staat geen voortgangsgesprek gepland");
    expect(await tekst("NOOR", `wanneer is het volgende voortgangsgesprek van ${nummers.A}`)).toContain("bestaat niet of is niet voor jou zichtbaar");

    // Given: Erica grants E for 11 January to 10 July 2027, and the planner starts it on its first day.
    const beslis = kaartenAan(h, ERICA).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!;
    expect(tekstVan(await wie.ERICA.klik(beslis, "Toekennen", { bedrag: "4.500", start: "2027-01-11", eind: "2027-07-10", schoolweken: "20" }))).toContain("Toegekend op");
    nu = new Date("2027-01-11T10:00:00Z");
    await h.bot.veeg();
    expect((await h.bot.store.aanvragen.haalOpNummer("demo", nummers.E))!.status.fase).toBe("lopend");

    // When the consulent, the contactpersoon and staff ask; then: every three months from the start, gesprek 1 on Sunday 11 April 2027, so on Monday 12 April.
    for (const naam of ["NOOR", "JOOST", "LINDA"] as const) expect(await tekst(naam, `wanneer is het volgende voortgangsgesprek van ${nummers.E}`), naam).toContain(`Voortgangsgesprek 1 van ${nummers.E} staat op 12 april 2027.`);
    expect(await tekst("SANNE", `wanneer is het volgende voortgangsgesprek van ${nummers.E}`)).toBe(await alsOnbekend("SANNE", `wanneer is het volgende voortgangsgesprek van ${nummers.E}`, nummers.E));
  });

  it("anonymous local mode: the report downloads as CSV through a link that works once, for ten minutes, and says it is bound to nobody; only staff get one", async () => {
    // Given: E (granted by Erica on 5 December, twelve days after its submission on 23 November) ends on 10 July 2027 and is evaluated.
    nu = new Date("2027-07-12T10:00:00Z");
    await h.bot.veeg();
    const evaluatie = [...kaartenAan(h, NOOR), ...kaartenAan(h, JOOST)].filter((k) => tekstVan(k).includes("Evaluatie van")).at(-1)!;
    const klaar = await wie.NOOR.klik(evaluatie, "Evaluatie vastleggen", { "e.effect": "deels", "e.onderwijsvoortgang": "ja", "e.vso-voorkomen": "ja", "e.toelichting": "Gaat beter; de leerling blijft in het regulier vo." });
    expect(tekstVan(klaar)).toContain("afgesloten");
    expect((await h.bot.store.aanvragen.haalOpNummer("demo", nummers.E))!.status.fase).toBe("afgesloten");

    const kaart = (await wie.LINDA.zeg("rapportage 2026-2027")).kaarten.at(-1)!;
    const { kaart: rapport, berichten } = await wie.LINDA.klikMetBerichten(kaart, "Download als CSV");
    expect(tekstVan(rapport)).toBe(tekstVan(kaart));
    const link = berichten.at(-1)!;
    expect(tekstVan(link)).toContain("zonder aanmelden (lokaal), dus wie deze link als eerste opent, krijgt het bestand. Hij werkt één keer en verloopt over tien minuten.");
    const url = JSON.stringify(link).match(/"url":"([^"]+)"/)![1]!;
    expect(url).toMatch(/\/rapportage\/[A-Za-z0-9_-]{43}$/);

    const csv = await fetch(url);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toContain('filename="rapportage-2026-2027.csv"');
    // Then: every row as the SWV's staff read it. A, B and D each ask € 5.000 and are undecided; C is a draft and
    // does not count; E asked € 5.000, got € 4.500, used VSO expertise, had effect "deels", decided in 12 days.
    // Written for Dutch Excel: a byte order mark, semicolons, a decimal comma.
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3)).trim().split("\n")).toEqual([
      "niveau;id;naam;aanvragen;gevraagd_eur;toegekend_eur;regelingen;vso_expertise;effect_ja;effect_deels;effect_nee;doorlooptijd_besluit_dagen",
      "school;01AA;Basisschool De Regenboog;1;5000,00;0,00;Maatwerkbudget (Almere): 1;0;0;0;0;",
      "school;02BB;Basisschool Het Kompas;0;0,00;0,00;;0;0;0;0;",
      "school;03CC;Basisschool De Vlinder;1;5000,00;0,00;Maatwerkbudget (Almere): 1;0;0;0;0;",
      "school;04DD;Stadscollege;1;5000,00;0,00;Innovatiebudget (jaarplan): 1;0;0;0;0;",
      "school;05EE;Lyceum aan Zee;1;5000,00;4500,00;Individueel maatwerkbudget (De Verbinding): 1;1;0;1;0;12,0",
      "bestuur;stichting-noorderlicht;Stichting Noorderlicht (PO);2;10000,00;0,00;Maatwerkbudget (Almere): 2;0;0;0;0;",
      "bestuur;stichting-stadscollege;Stichting Stadscollege (VO);2;10000,00;4500,00;Innovatiebudget (jaarplan): 1 | Individueel maatwerkbudget (De Verbinding): 1;1;0;1;0;12,0",
    ]);
    expect((await h.bot.store.audit.lijst({ actor: LINDA })).some((r) => r.actie === "rapportage-download")).toBe(true);

    // Used once: a second use (a forwarded link, someone else) is refused, in Dutch.
    const nogEens = await fetch(url);
    expect(nogEens.status).toBe(410);
    expect(await nogEens.text()).toContain("verlopen, al gebruikt of bestaat niet");

    // Expired after ten minutes.
    const tweede = JSON.stringify((await wie.LINDA.klikMetBerichten(kaart, "Download als CSV")).berichten).match(/"url":"([^"]+)"/)![1]!;
    nu = new Date(nu.getTime() + 10 * 60_000 + 1);
    expect((await fetch(tweede)).status).toBe(410);
    expect((await fetch(url.replace(/[A-Za-z0-9_-]{43}$/, "x".repeat(43)))).status).toBe(410);

    // Only staff get a link, whatever the card says.
    expect(tekstVan(await wie.SANNE.klik(kaart, "Download als CSV"))).toContain("Alleen de staf");
  });

  it("the report downloads as .xlsx through the same kind of link: Excel's type and name, one sheet per view with the card's figures as numbers, once, audited", async () => {
    // Given: the report card Linda sees, read as its two tables (per school, per bestuur).
    const kaart = (await wie.LINDA.zeg("rapportage 2026-2027")).kaarten.at(-1)!;
    const [scholen, besturen] = tabellenVan(kaart);
    expect(scholen!.length).toBe(6);
    expect(besturen!.length).toBe(3);

    // When she clicks "Download als Excel" (the report stays; the link comes as a new message) and opens the link.
    const { kaart: rapport, berichten } = await wie.LINDA.klikMetBerichten(kaart, "Download als Excel");
    expect(tekstVan(rapport)).toBe(tekstVan(kaart));
    const link = berichten.at(-1)!;
    expect(tekstVan(link)).toContain("Rapportage 2026-2027 als Excel");
    const url = JSON.stringify(link).match(/"url":"([^"]+)"/)![1]!;
    const antwoord = await fetch(url);
    expect(antwoord.status).toBe(200);
    expect(antwoord.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(antwoord.headers.get("content-disposition")).toContain('filename="rapportage-2026-2027.xlsx"');

    // Then: exceljs opens it; each sheet holds the card's rows, amounts as numbers in euro.
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load((await antwoord.arrayBuffer()) as never);
    expect(boek.worksheets.map((b) => b.name)).toEqual(["Per school", "Per bestuur", "Over dit rapport"]);
    for (const [blad, tabel] of [[boek.getWorksheet("Per school")!, scholen!], [boek.getWorksheet("Per bestuur")!, besturen!]] as const) {
      const rijen = blad.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 5));
      expect(rijen.map(([naam, aanvragen, gevraagd, toegekend]) => [naam, String(aanvragen), formatBedrag(Math.round((gevraagd as number) * 100)), formatBedrag(Math.round((toegekend as number) * 100))])).toEqual(
        tabel.slice(1).map((r) => r.slice(0, 4)),
      );
      expect(blad.getCell("C2").numFmt).toContain("€");
    }
    expect(boek.getWorksheet("Per school")!.getRow(6).getCell(4).value).toBe(4500);
    const audit = (await h.bot.store.audit.lijst({ actor: LINDA })).filter((r) => r.actie === "rapportage-download" && r.uitkomst === "toegestaan");
    expect(audit.at(-1)!.reden).toBe("2026-2027; xlsx");

    // Used once; and only staff get one.
    expect((await fetch(url)).status).toBe(410);
    expect(tekstVan(await wie.SANNE.klik(kaart, "Download als Excel"))).toContain("Alleen de staf");
  });
});

/** The first text of every cell of every Table on a card (a name, a figure), row by row: the header row first. */
function tabellenVan(kaart: unknown): string[][][] {
  const tabellen: string[][][] = [];
  const tekst = (x: unknown): string[] => (Array.isArray(x) ? x.flatMap(tekst) : x && typeof x === "object" ? ("text" in x && typeof x.text === "string" ? [x.text] : Object.values(x).flatMap(tekst)) : []);
  const loop = (x: unknown): void => {
    if (Array.isArray(x)) return x.forEach(loop);
    if (!x || typeof x !== "object") return;
    if ((x as { type?: unknown }).type === "Table") tabellen.push(((x as { rows: { cells: unknown[] }[] }).rows).map((r) => r.cells.map((c) => tekst(c)[0]!.replaceAll("\u00ad", ""))));
    else Object.values(x).forEach(loop);
  };
  loop(kaart);
  return tabellen;
}
