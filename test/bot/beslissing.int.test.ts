import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker, type Gebruiker } from "../support/gebruiker.js";
import { bijgewerktBij, dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { foutenBij, tekstVan, type KaartJson } from "../support/kaart.js";
import { varianten } from "../support/varianten.js";
import { AHMED, ERICA, FATIMA, KARIN, LINDA, MARK, NOOR, PETER, SANNE, regeling } from "../support/demo.js";

let h: BotOpHttp;
afterEach(async () => {
  await h?.stop();
});

async function start(omgeving: Record<string, string> = {}, bekend: string[] = [SANNE, MARK, FATIMA, PETER, ERICA, AHMED, KARIN], klok?: () => Date) {
  h = await startBotOpHttp(omgeving, klok);
  const mensen = Object.fromEntries(bekend.map((id) => [id, gebruiker(h, id)])) as Record<string, Gebruiker>;
  for (const g of Object.values(mensen)) await g.zeg("hallo");
  return mensen;
}

const laatste = (kaarten: KaartJson[]) => kaarten.at(-1)!;
const beslisKaart = (id: string) => laatste(kaartenAan(h, id).filter((k) => tekstVan(k).includes("Jouw besluit") || tekstVan(k).includes("Toekennen")));

describe("routing: the decision card reaches the right decider's personal chat", () => {
  it.each([
    ["almere-maatwerk", "01AA", MARK, "PO, stadsdeel haven"],
    ["almere-maatwerk", "02BB", FATIMA, "PO, stadsdeel poort"],
    ["almere-maatwerk", "04DD", PETER, "VO"],
    ["verbinding-individueel", "04DD", ERICA, "programmadirecteur regeling"],
  ])("%s at %s goes to its decider (%s)", async (regelingId, brin, beslisser) => {
    const m = await start();
    await dienVolledigIn(m[SANNE]!, regeling(regelingId), brin);
    for (const id of [MARK, FATIMA, PETER, ERICA]) expect(kaartenAan(h, id).some((k) => tekstVan(k).includes("Jouw besluit"))).toBe(id === beslisser);
    const kaart = beslisKaart(beslisser);
    expect(tekstVan(kaart)).toMatch(/Aanvraag MW-\d{4}-0001/);
    expect(tekstVan(kaart)).toContain("LL-1000");
    expect(JSON.stringify(kaart)).not.toContain("Leerling Nummer");
  });
});

describe("deciding", () => {
  it("the decider grants; the card turns read-only and the consulent gets the beschikking", async () => {
    const m = await start();
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    const kaart = beslisKaart(MARK);
    expect(tekstVan(kaart)).toContain("Budget");
    const na = await m[MARK]!.klik(kaart, "Toekennen", { bedrag: "4.000", schoolweken: "12" });
    expect(tekstVan(na)).toContain("Toegekend op");
    expect(tekstVan(na)).toContain("Beschikking B-MW-2026-0001: € 4.000,00 voor 12 schoolweken");
    expect(JSON.stringify(na)).not.toContain('"Action.Execute","title":"Toekennen"');
    const beschikking = laatste(kaartenAan(h, SANNE));
    expect(tekstVan(beschikking)).toContain("Aanvraag MW-2026-0001 is toegekend");
    expect(tekstVan(beschikking)).toContain("Bekostiging: € 4.000,00");
    expect(tekstVan(beschikking)).toContain("Schoolweken: 12");
    const [a] = await h.bot.store.aanvragen.lijst();
    expect(a?.status.fase).toBe("toegekend");
  });

  it("a refusal needs a reason and a send-back a question, each asked for beside the input, and the consulent gets the reason", async () => {
    const m = await start();
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "04DD");
    const zonderVraag = await m[PETER]!.klik(beslisKaart(PETER), "Terugsturen", { toelichting: " " });
    expect(foutenBij(zonderVraag, "toelichting")).toEqual(["Stel een vraag aan de consulent."]);
    const zonder = await m[PETER]!.klik(zonderVraag, "Afwijzen", { toelichting: "" });
    // Said beside the input she has to fill in, not above the card.
    expect(foutenBij(zonder, "toelichting")).toEqual(["Geef een reden op."]);
    const met = await m[PETER]!.klik(zonder, "Afwijzen", { toelichting: "Arrangementsmiddelen zijn nog niet besteed." });
    expect(tekstVan(met)).toContain("Afgewezen op");
    expect(tekstVan(laatste(kaartenAan(h, SANNE)))).toContain("Reden: Arrangementsmiddelen zijn nog niet besteed.");
  });

  it("sent back with a question, edited, resubmitted to the same decider, and granted", async () => {
    const m = await start();
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    await m[MARK]!.klik(beslisKaart(MARK), "Terugsturen", { toelichting: "Kun je de doelen concreter maken?" });
    const vraag = laatste(kaartenAan(h, SANNE));
    expect(tekstVan(vraag)).toContain("Kun je de doelen concreter maken?");
    let kaart = await m[SANNE]!.klik(vraag, "Aanvraag aanpassen");
    while (!tekstVan(kaart).includes("Controleren en indienen")) kaart = await m[SANNE]!.klik(kaart, tekstVan(kaart).includes("Naar controleren") ? "Naar controleren" : "Volgende");
    await m[SANNE]!.klik(kaart, "Indienen");
    const tweede = beslisKaart(MARK);
    expect(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"))).toHaveLength(2);
    await m[MARK]!.klik(tweede, "Toekennen");
    const [a] = await h.bot.store.aanvragen.lijst();
    expect(a?.status.fase).toBe("toegekend");
    expect(a?.geschiedenis.map((g) => g.soort).filter((s) => s !== "bewerkt")).toEqual(["aangemaakt", "ingediend", "teruggestuurd", "ingediend", "toegekend"]);
  });

  it("a deputy decides on behalf of the decider during the vervanging, and the decider's card turns read-only", async () => {
    const omgeving = await varianten({ swv: (swv) => (swv.vervangingen = [{ voor: MARK, door: FATIMA, van: "2026-01-01", tot: "2030-12-31" }]) });
    const m = await start(omgeving);
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    expect(tekstVan(beslisKaart(MARK))).toContain("Jouw besluit");
    await m[FATIMA]!.klik(beslisKaart(FATIMA), "Toekennen");
    expect(tekstVan(laatste(kaartenAan(h, SANNE)))).toContain("Fatima El Amrani namens Mark Jansen");
    expect(tekstVan(laatste(bijgewerktBij(h, MARK)))).toContain("Toegekend op");
    const naKlik = await m[MARK]!.klik(beslisKaart(MARK), "Toekennen");
    expect(tekstVan(naKlik)).toContain("Over deze aanvraag is al besloten.");
  });
});

describe("decider and deputy at the same moment", () => {
  it("give one decision; the other sees the decided card", async () => {
    const omgeving = await varianten({ swv: (swv) => (swv.vervangingen = [{ voor: MARK, door: FATIMA, van: "2026-01-01", tot: "2030-12-31" }]) });
    const m = await start(omgeving);
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    const [vanMark, vanFatima] = await Promise.all([m[MARK]!.klik(beslisKaart(MARK), "Toekennen"), m[FATIMA]!.klik(beslisKaart(FATIMA), "Afwijzen", { toelichting: "Past niet." })]);
    const [a] = await h.bot.store.aanvragen.lijst();
    expect(a!.geschiedenis.filter((g) => g.soort === "toegekend" || g.soort === "afgewezen")).toHaveLength(1);
    expect([tekstVan(vanMark), tekstVan(vanFatima)].filter((t) => t.includes("Over deze aanvraag is al besloten."))).toHaveLength(1);
  });
});

describe("a deputy set in chat", () => {
  it("a decider names a deputy for a period; the deputy gets new aanvragen too and decides on their behalf; 'geen vervanger' ends it", async () => {
    const m = await start();
    const ingesteld = laatste((await m[MARK]!.zeg("Vervanger fatima el amrani van 1-11-2026 tot 31-12-2026")).kaarten);
    expect(tekstVan(ingesteld)).toContain("Fatima El Amrani beslist van 1 november 2026 tot en met 31 december 2026 namens jou");
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    await m[FATIMA]!.klik(beslisKaart(FATIMA), "Toekennen");
    expect(tekstVan(laatste(kaartenAan(h, SANNE)))).toContain("Fatima El Amrani namens Mark Jansen");

    expect(tekstVan(laatste((await m[MARK]!.zeg("geen vervanger")).kaarten))).toContain("Je vervanging is beëindigd.");
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    expect(kaartenAan(h, FATIMA).filter((k) => tekstVan(k).includes("Jouw besluit"))).toHaveLength(1);
    expect(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"))).toHaveLength(2);

    const door = await m[SANNE]!.zeg("vervanger Noor tot 31-12-2026");
    expect(door.teksten.join()).toContain("Alleen wie over aanvragen beslist, kan een vervanger instellen.");
    const onbekend = await m[MARK]!.zeg("vervanger Klaas tot 31-12-2026");
    expect(onbekend.teksten.join()).toContain("Ik ken niemand die 'Klaas' heet");
  });
});

describe("who may decide", () => {
  it("refuses the consulent, the manager of another stadsdeel and a forged id, and audits each refusal", async () => {
    const m = await start();
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    const kaart = beslisKaart(MARK);
    const [a] = await h.bot.store.aanvragen.lijst();

    const doorConsulent = await m[SANNE]!.klik(kaart, "Toekennen");
    expect(tekstVan(doorConsulent)).toContain("Alleen de toegewezen beslisser of diens vervanger");
    // Someone not involved gets the answer a random id gets: not even the number or that it exists.
    const doorAndere = await m[FATIMA]!.klik(kaart, "Toekennen");
    expect(tekstVan(doorAndere)).toContain("bestaat niet of is niet voor jou zichtbaar");
    expect(JSON.stringify(doorAndere)).not.toContain("LL-1000");
    expect(JSON.stringify(doorAndere)).not.toContain(a!.nummer);

    const vervalst = JSON.parse(JSON.stringify(kaart).split(a!.id).join(randomUUID())) as KaartJson;
    expect(tekstVan(await m[MARK]!.klik(vervalst, "Toekennen"))).toContain("bestaat niet of is niet voor jou zichtbaar");

    expect((await h.bot.store.aanvragen.haal(a!.id))?.status.fase).toBe("ingediend");
    const geweigerd = (await h.bot.store.audit.lijst({ aanvraagId: a!.id })).filter((r) => r.uitkomst === "geweigerd");
    expect(geweigerd.map((r) => r.actor).sort()).toEqual([SANNE, FATIMA].sort());

    await m[MARK]!.klik(kaart, "Toekennen");
    const linda = gebruiker(h, LINDA);
    const { kaarten } = await linda.zeg("Geschiedenis mw 2026 1");
    const regels = tekstVan(laatste(kaarten));
    expect(regels).toContain("Geschiedenis van MW-2026-0001");
    expect(regels).toContain("Sanne de Vries probeerde de aanvraag toe te kennen; dat is geweigerd: niet de beslisser of diens vervanger.");
    expect(regels).toContain("Mark Jansen kende de aanvraag toe.");
    const noor = gebruiker(h, NOOR);
    expect(tekstVan(laatste((await noor.zeg("geschiedenis MW-2026-0001")).kaarten))).toContain("bestaat niet of is niet voor jou zichtbaar");
  });

  it("refreshes the card to each person's own view: read-only for the consulent, with buttons for the decider", async () => {
    const m = await start();
    const ingediend = await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    const refresh = (ingediend.refresh as { action: { verb: string; data: Record<string, unknown> }; userIds: string[] });
    expect(refresh.userIds.sort()).toEqual([`29:${SANNE}`, `29:${MARK}`].sort());
    const alsKaart = (k: KaartJson) => ({ ...k, actions: [{ type: "Action.Execute", title: "Ververs", verb: refresh.action.verb, data: refresh.action.data }] });
    expect(tekstVan(await m[SANNE]!.klik(alsKaart(ingediend), "Ververs"))).not.toContain("Jouw besluit");
    expect(tekstVan(await m[MARK]!.klik(alsKaart(ingediend), "Ververs"))).toContain("Jouw besluit");
    expect(tekstVan(await m[FATIMA]!.klik(alsKaart(ingediend), "Ververs"))).not.toContain("LL-1000");
  });
});

describe("exactly once", () => {
  it("50 aanvragen each clicked twice at the same moment give one decision each", async () => {
    const m = await start();
    for (let i = 0; i < 50; i++) await dienVolledigIn(m[SANNE]!, regeling("jaarplan-innovatie"), "01AA");
    const kaarten = kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"));
    expect(kaarten).toHaveLength(50);
    const antwoorden = await Promise.all(kaarten.flatMap((k) => [m[MARK]!.klik(k, "Toekennen"), m[MARK]!.klik(k, "Toekennen")]));
    const fout = antwoorden.find((k) => !tekstVan(k).includes("Toegekend op"));
    expect(fout && tekstVan(fout)).toBeUndefined();
    const aanvragen = await h.bot.store.aanvragen.lijst();
    for (const a of aanvragen) expect(a.geschiedenis.filter((g) => g.soort === "toegekend")).toHaveLength(1);
    expect(kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("is toegekend"))).toHaveLength(50);
  }, 120_000);
});

describe("the yearly budget", () => {
  it("blocks a grant over the budget under a blocking regeling", async () => {
    const omgeving = await varianten({ profiel: ["almere", (p) => ((p.regelingen[0]!.limieten as Record<string, unknown>).jaarbudget = { pot: "almere", bedrag: 500000, bijOverschrijding: "blokkeren" })] });
    const m = await start(omgeving);
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    const [eerste, tweede] = kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"));
    expect(tekstVan(await m[MARK]!.klik(eerste!, "Toekennen", { bedrag: "3000" }))).toContain("Toegekend op");
    const geblokkeerd = await m[MARK]!.klik(tweede!, "Toekennen", { bedrag: "3000" });
    expect(tekstVan(geblokkeerd)).toContain("past niet meer in het jaarbudget van de regeling (nog beschikbaar: € 2.000,00)");
    expect(tekstVan(geblokkeerd)).toContain("Jouw besluit");
  });

  it("blocks one of two grants pressed at the same moment that together would overrun the budget", async () => {
    const omgeving = await varianten({ profiel: ["almere", (p) => ((p.regelingen[0]!.limieten as Record<string, unknown>).jaarbudget = { pot: "almere", bedrag: 500000, bijOverschrijding: "blokkeren" })] });
    const m = await start(omgeving);
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    const [eerste, tweede] = kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"));
    const antwoorden = await Promise.all([m[MARK]!.klik(eerste!, "Toekennen", { bedrag: "3000" }), m[MARK]!.klik(tweede!, "Toekennen", { bedrag: "3000" })]);
    expect(antwoorden.filter((k) => tekstVan(k).includes("Toegekend op"))).toHaveLength(1);
    expect(antwoorden.filter((k) => tekstVan(k).includes("past niet meer in het jaarbudget"))).toHaveLength(1);
    expect(await h.bot.store.aanvragen.lijst({ fasen: ["toegekend"] })).toHaveLength(1);
  });

  it("De Verbinding: warns on an overrun, asks for the reasons, and informs the SWV's own bestuur (not a school board's contact) naming the pot and every regeling it serves", async () => {
    const omgeving = await varianten({
      profiel: ["de-verbinding", (p) => p.regelingen.forEach((r) => ((r.limieten as { jaarbudget: { bedrag: number } }).jaarbudget.bedrag = 800000))],
    });
    const m = await start(omgeving);
    await dienVolledigIn(m[SANNE]!, regeling("verbinding-individueel"), "04DD");
    await dienVolledigIn(m[SANNE]!, regeling("verbinding-individueel"), "04DD");
    const [eerste, tweede] = kaartenAan(h, ERICA).filter((k) => tekstVan(k).includes("Jouw besluit"));
    await m[ERICA]!.klik(eerste!, "Toekennen", { bedrag: "5000" });
    const waarschuwing = await m[ERICA]!.klik(tweede!, "Toekennen", { bedrag: "5000" });
    expect(tekstVan(waarschuwing)).toContain("overschrijdt het jaarbudget");
    const zonderReden = await m[ERICA]!.klik(waarschuwing, "Toekennen ondanks overschrijding", { toelichting: "" });
    expect(foutenBij(zonderReden, "toelichting")).toEqual(["Deze toekenning overschrijdt het jaarbudget. Geef in de toelichting de onderbouwing voor het bestuur."]);
    expect(tekstVan(zonderReden)).toContain("Toekennen ondanks overschrijding");
    const toegekend = await m[ERICA]!.klik(zonderReden, "Toekennen ondanks overschrijding", { toelichting: "Dreigende thuiszitter; geen alternatief." });
    expect(tekstVan(toegekend)).toContain("het bestuur is geïnformeerd");
    const bericht = laatste(kaartenAan(h, KARIN));
    expect(tekstVan(bericht)).toContain("Jaarbudget 2026-2027 overschreden");
    expect(tekstVan(bericht)).toContain("jaarbudget van Pilot maatwerkbudget De Verbinding overschreden");
    expect(tekstVan(bericht)).toContain("Individueel maatwerkbudget (De Verbinding); Groepsaanpak maatwerkbudget (De Verbinding)");
    expect(tekstVan(bericht)).toContain("Onderbouwing van de beslisser: Dreigende thuiszitter; geen alternatief.");
    expect(JSON.stringify(bericht)).not.toContain("verbinding-pilot");
    expect(kaartenAan(h, AHMED).some((k) => tekstVan(k).includes("overschreden"))).toBe(false);
    expect(tekstVan(bericht)).toContain("Overschrijding: € 2.000,00");
    expect(JSON.stringify(bericht)).not.toContain("LL-1000");
  });
});

describe("when Teams fails to take a message", () => {
  it("the submission stands, the decision card stays owed with a backoff, and the planner delivers it once Teams is back", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    const m = await start({}, undefined, () => nu);
    h.connector.storing = (methode, pad) => (methode === "POST" && decodeURIComponent(pad).includes(`a:persoonlijk-${MARK}/`) ? 502 : undefined);
    const antwoord = await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "01AA");
    expect(tekstVan(antwoord)).toContain("Ingediend.");
    expect(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"))).toHaveLength(0);
    const [owed] = await h.bot.store.uitgaand.openstaand(MARK);
    expect(owed).toMatchObject({ pogingen: 1, laatsteFout: expect.stringContaining("502") });
    expect(Date.parse(owed!.volgendePogingOp!)).toBeGreaterThanOrEqual(nu.getTime() + 15_000);

    h.connector.storing = undefined;
    await h.bot.veeg();
    expect(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"))).toHaveLength(0);
    nu = new Date(Date.parse(owed!.volgendePogingOp!));
    await h.bot.veeg();
    await h.bot.veeg();
    expect(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"))).toHaveLength(1);
    expect(await h.bot.store.uitgaand.openstaand()).toEqual([]);
  });
});

describe("a decider who never opened the bot", () => {
  it("finds the aanvraag waiting at first contact, and the consulent is told so", async () => {
    const m = await start({}, [SANNE]);
    const antwoord = await dienVolledigIn(m[SANNE]!, regeling("almere-maatwerk"), "04DD");
    expect(tekstVan(antwoord)).toContain("Peter Bakker (coördinator steunpunt) heeft de bot nog niet geopend");
    expect(kaartenAan(h, PETER)).toEqual([]);
    const peter = gebruiker(h, PETER);
    await peter.zeg("hallo");
    const kaarten = kaartenAan(h, PETER);
    expect(tekstVan(kaarten[0]!)).toContain("Welkom, Peter Bakker");
    expect(tekstVan(kaarten[1]!)).toContain("Jouw besluit");
  });
});
