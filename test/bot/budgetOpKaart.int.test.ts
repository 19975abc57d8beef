import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker } from "../support/gebruiker.js";
import { bijgewerktBij, dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { tekstVan } from "../support/kaart.js";
import { ERICA, MARK, PETER, SANNE, regeling } from "../support/demo.js";
import { nieuweDatabase } from "../support/postgres.js";

let h: BotOpHttp;
let opruimen: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await h?.stop();
  for (const f of opruimen.reverse()) await f();
  opruimen = [];
});

/** The bot on lowdb, or on a fresh PostgreSQL database (whose sums per school come from the running figures). */
async function start(store: "lowdb" | "postgres"): Promise<BotOpHttp> {
  if (store === "lowdb") return startBotOpHttp();
  const db = await nieuweDatabase();
  opruimen.push(db.weg);
  return startBotOpHttp({ STORE: "postgres", DATABASE_URL: db.url });
}

const beslisKaartVan = (persoonId: string) => tekstVan(kaartenAan(h, persoonId).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!);

describe.each(["lowdb", "postgres"] as const)("the budget position on the decision card, for every regeling (%s)", (store) => {
  it("without a yearly pot: granted and pending this schooljaar for the regeling, and for the stadsdeel (PO) or the school (VO)", async () => {
    h = await start(store);
    const sanne = gebruiker(h, SANNE);
    const mark = gebruiker(h, MARK);
    for (const id of [SANNE, MARK, PETER, ERICA]) await gebruiker(h, id).zeg("hallo");
    const almere = regeling("almere-maatwerk");

    // A at De Regenboog (stadsdeel Haven), B at Het Kompas (stadsdeel Poort), C at the Stadscollege (VO): € 5.000 each.
    await dienVolledigIn(sanne, almere, "01AA");
    const beslisA = kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!;
    await dienVolledigIn(sanne, almere, "02BB");
    await dienVolledigIn(sanne, almere, "04DD");

    const peter = beslisKaartVan(PETER);
    expect(peter).toContain("Budget 2026-2027: Maatwerkbudget (Almere) (zonder jaarbudget)");
    expect(peter).toContain("In behandeling: € 15.000,00");
    expect(peter).toContain("In behandeling in Stadscollege: € 5.000,00");
    expect(peter).toContain("Toegekend in Stadscollege: € 0,00");

    // Mark grants A € 4.000; then a second aanvraag at De Regenboog shows it for stadsdeel Haven, and not Poort's.
    await mark.klik(beslisA, "Toekennen", { bedrag: "4.000,00" });
    await dienVolledigIn(sanne, almere, "01AA");
    const tweede = beslisKaartVan(MARK);
    expect(tweede).toContain("Toegekend: € 4.000,00");
    expect(tweede).toContain("In behandeling: € 15.000,00");
    expect(tweede).toContain("Toegekend in stadsdeel Haven: € 4.000,00");
    expect(tweede).toContain("In behandeling in stadsdeel Haven: € 5.000,00");

    // A regeling with a pot keeps its pot and what remains.
    await dienVolledigIn(sanne, regeling("verbinding-individueel"), "04DD");
    const erica = beslisKaartVan(ERICA);
    expect(erica).toContain("Budget 2026-2027: Pilot maatwerkbudget De Verbinding");
    expect(erica).toContain("Jaarbudget: € 150.000,00");
    expect(erica).toContain("Resterend na deze aanvraag");
    expect(erica).not.toContain("in stadsdeel");
  });
});

describe("the budget position is for who decides", () => {
  it("the consulent's 'ingediend' card, when answered and when updated after the decision, shows her aanvraag and its state but no budget figures", async () => {
    h = await startBotOpHttp();
    const sanne = gebruiker(h, SANNE);
    const mark = gebruiker(h, MARK);
    for (const id of [SANNE, MARK]) await gebruiker(h, id).zeg("hallo");
    const ingediend = await dienVolledigIn(sanne, regeling("almere-maatwerk"), "01AA");
    const besloten = await mark.klik(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!, "Toekennen", { bedrag: "4.000,00" });
    const bijgewerkt = tekstVan(bijgewerktBij(h, SANNE).at(-1)!);

    for (const kaart of [tekstVan(ingediend), bijgewerkt]) {
      expect(kaart).toContain("Aangevraagd");
      expect(kaart).not.toMatch(/Budget 20\d\d-20\d\d|Toegekend in|In behandeling|Jaarbudget|Resterend/);
    }
    expect(bijgewerkt).toContain("Toegekend");
    // Mark's own card keeps the figures he decided with.
    expect(tekstVan(besloten)).toContain("Toegekend in stadsdeel Haven: € 4.000,00");
  });
});
