import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker, type Gebruiker } from "../support/gebruiker.js";
import { vulStapIn, type Vulopties } from "../support/invullen.js";
import { foutenVan, invoerVan, tekstVan, type KaartJson } from "../support/kaart.js";
import { NOOR, SANNE, VREEMDE, regeling } from "../support/demo.js";

let h: BotOpHttp;
let sanne: Gebruiker;
beforeEach(async () => {
  h = await startBotOpHttp();
  sanne = gebruiker(h, SANNE);
  await sanne.zeg("hallo");
});
afterEach(async () => {
  await h?.stop();
});

async function begin(g: Gebruiker, regelingId: string, brin: string): Promise<KaartJson> {
  const { kaarten } = await g.zeg("nieuwe aanvraag");
  return g.klik(kaarten.at(-1)!, "Beginnen", { regelingId, brin });
}

/** Fill in every step and stop at the summary. */
async function vulAllesIn(g: Gebruiker, kaart: KaartJson, regelingId: string, opties: Vulopties = {}): Promise<KaartJson> {
  for (let i = 0; i < 20 && !tekstVan(kaart).includes("Controleren en indienen"); i++) {
    const knop = tekstVan(kaart).includes("Naar controleren") ? "Naar controleren" : "Volgende";
    kaart = await g.klik(kaart, knop, vulStapIn(kaart, regeling(regelingId), opties));
    expect(foutenVan(kaart), tekstVan(kaart)).toEqual([]);
  }
  return kaart;
}

describe("guided aanvraag, start to submit", () => {
  it.each([
    ["almere-maatwerk", "01AA", "Mark Jansen (stadsdeelmanager)"],
    ["almere-maatwerk", "04DD", "Peter Bakker (coördinator steunpunt)"],
    ["verbinding-individueel", "04DD", "Erica Jordaan (programmadirecteur)"],
    ["verbinding-groepsaanpak", "04DD", "Erica Jordaan (programmadirecteur)"],
    ["jaarplan-maatwerk", "02BB", "Fatima El Amrani (stadsdeelmanager)"],
    ["jaarplan-innovatie", "01AA", "Mark Jansen (stadsdeelmanager)"],
  ])("%s at %s goes to %s", async (regelingId, brin, beslisser) => {
    let kaart = await begin(sanne, regelingId, brin);
    expect(tekstVan(kaart)).toMatch(/Stap 1 van \d+/);
    kaart = await vulAllesIn(sanne, kaart, regelingId);
    expect(foutenVan(kaart)).toEqual([]);
    const klaar = await sanne.klik(kaart, "Indienen");
    expect(tekstVan(klaar)).toMatch(/Aanvraag (MW|IN)-\d{4}-\d{4}/);
    expect(tekstVan(klaar)).toContain("Ingediend.");
    expect(tekstVan(klaar)).toContain(beslisser);
    const [opgeslagen] = await h.bot.store.aanvragen.lijst({ consulentId: SANNE });
    expect(opgeslagen?.status.fase).toBe("ingediend");
  });

  it("refuses a groepsaanpak with 4 pupils and accepts it with 5", async () => {
    const kaart = await begin(sanne, "verbinding-groepsaanpak", "04DD");
    const met4 = await sanne.klik(kaart, "Volgende", vulStapIn(kaart, regeling("verbinding-groepsaanpak"), { leerlingen: 4 }));
    expect(foutenVan(met4).join()).toContain("minstens 5 leerlingen; er staan er 4");
    expect(tekstVan(met4)).toContain("Stap 1 van");
    const met5 = await sanne.klik(met4, "Volgende", vulStapIn(met4, regeling("verbinding-groepsaanpak"), { leerlingen: 5 }));
    expect(foutenVan(met5)).toEqual([]);
    expect(tekstVan(met5)).toContain("Stap 2 van");
  });

  it("keeps everything typed, next to a Dutch error, when the end date lies before the start", async () => {
    let kaart = await begin(sanne, "almere-maatwerk", "01AA");
    while (!("p.start" in invoerVan(kaart))) kaart = await sanne.klik(kaart, "Volgende", vulStapIn(kaart, regeling("almere-maatwerk")));
    const fout = await sanne.klik(kaart, "Volgende", { "p.start": "2027-03-01", "p.eind": "2027-02-01" });
    expect(foutenVan(fout).join()).toContain("De einddatum ligt voor de startdatum.");
    expect(invoerVan(fout)).toMatchObject({ "p.start": "2027-03-01", "p.eind": "2027-02-01" });
  });

  it("shows typed template expressions as plain text and never evaluates them", async () => {
    let kaart = await begin(sanne, "jaarplan-innovatie", "01AA");
    kaart = await vulAllesIn(sanne, kaart, "jaarplan-innovatie", { tekst: "${$root} en ${json($root)}" });
    expect(tekstVan(kaart)).toContain("${$root} en ${json($root)}");
    expect(JSON.stringify(kaart)).not.toContain(SANNE);
  });
});

describe("when Teams cannot update the message", () => {
  it("the user still gets the next card as the answer to the button", async () => {
    h.connector.storing = (methode) => (methode === "PUT" ? 404 : undefined);
    const kaart = await begin(sanne, "almere-maatwerk", "01AA");
    const volgende = await sanne.klik(kaart, "Volgende", vulStapIn(kaart, regeling("almere-maatwerk")));
    expect(tekstVan(volgende)).toContain("Stap 2 van");
    expect(h.connector.verzonden.some((v) => v.methode === "PUT")).toBe(true);
  });
});

describe("drafts", () => {
  it("resumes a draft at the step where it was left, after the server restarts", async () => {
    let kaart = await begin(sanne, "almere-maatwerk", "01AA");
    kaart = await sanne.klik(kaart, "Volgende", vulStapIn(kaart, regeling("almere-maatwerk")));
    kaart = await sanne.klik(kaart, "Volgende", vulStapIn(kaart, regeling("almere-maatwerk")));
    expect(tekstVan(kaart)).toContain("Stap 3 van");
    const dataDir = h.dataDir;
    await h.stop();
    h = await startBotOpHttp({ DATA_DIR: dataDir });
    sanne = gebruiker(h, SANNE);
    const { kaarten } = await sanne.zeg("mijn concepten");
    expect(tekstVan(kaarten.at(-1)!)).toContain("stap 3 van");
    const verder = await sanne.klik(kaarten.at(-1)!, "Verder");
    expect(tekstVan(verder)).toContain("Stap 3 van");
  });

  it("tells the user when the same draft was changed elsewhere, and does not overwrite it", async () => {
    const kaart = await begin(sanne, "almere-maatwerk", "01AA");
    const invoer = vulStapIn(kaart, regeling("almere-maatwerk"));
    await sanne.klik(kaart, "Opslaan als concept", invoer);
    const oud = await sanne.klik(kaart, "Volgende", { ...invoer, "l.0.initialen": "X.Y." });
    expect(tekstVan(oud)).toContain("intussen ergens anders gewijzigd");
    const [opgeslagen] = await h.bot.store.aanvragen.lijst({ consulentId: SANNE });
    expect(JSON.stringify(opgeslagen?.antwoorden)).not.toContain("X.Y.");
  });

  it("deletes a draft after confirmation", async () => {
    await begin(sanne, "almere-maatwerk", "01AA");
    const { kaarten } = await sanne.zeg("mijn concepten");
    const vraag = await sanne.klik(kaarten.at(-1)!, "Verwijderen");
    expect(tekstVan(vraag)).toContain("verwijderen?");
    const na = await sanne.klik(vraag, "Ja, verwijderen");
    expect(tekstVan(na)).toContain("is verwijderd");
    expect(await h.bot.store.aanvragen.lijst({ consulentId: SANNE })).toEqual([]);
  });
});

describe("who may do what", () => {
  it("offers a consulent only their own schools, and refuses a forged school", async () => {
    const { kaarten } = await sanne.zeg("nieuwe aanvraag");
    const keuze = JSON.stringify(kaarten.at(-1));
    expect(keuze).toContain("01AA");
    expect(keuze).not.toContain("03CC");
    const geweigerd = await sanne.klik(kaarten.at(-1)!, "Beginnen", { regelingId: "almere-maatwerk", brin: "03CC" });
    expect(foutenVan(geweigerd).join()).toContain("alleen een aanvraag doen voor een school waaraan je als consulent verbonden bent");
    expect(await h.bot.store.aanvragen.lijst()).toEqual([]);
  });

  it("gives another consulent and a stranger nothing of someone else's draft", async () => {
    const kaart = await begin(sanne, "almere-maatwerk", "01AA");
    await sanne.klik(kaart, "Opslaan als concept", vulStapIn(kaart, regeling("almere-maatwerk")));
    const { kaarten } = await sanne.zeg("mijn concepten");
    const [aanvraag] = await h.bot.store.aanvragen.lijst();

    const noor = gebruiker(h, NOOR);
    await noor.zeg("hallo");
    const bijNoor = await noor.klik(kaarten.at(-1)!, "Verder");
    expect(tekstVan(bijNoor)).toContain("bestaat niet of is niet voor jou zichtbaar");
    expect(JSON.stringify(bijNoor)).not.toContain(aanvraag!.nummer);
    expect(JSON.stringify(bijNoor)).not.toContain("LL-1000");

    const vreemde = gebruiker(h, VREEMDE);
    const { teksten } = await vreemde.zeg("mijn concepten");
    expect(teksten.join()).toContain("Je staat niet in de configuratie");
    const bijVreemde = await vreemde.klik(kaarten.at(-1)!, "Verder");
    expect(tekstVan(bijVreemde)).toContain("Je staat niet in de configuratie");
    expect(JSON.stringify(bijVreemde)).not.toContain(aanvraag!.nummer);
    expect(await h.bot.store.conversaties.haal(VREEMDE)).toBeUndefined();
  });
});
