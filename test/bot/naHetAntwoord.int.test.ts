import { afterEach, describe, expect, it, vi } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker } from "../support/gebruiker.js";
import { bijgewerktBij, kaartenAan, vulVolledigIn } from "../support/indienen.js";
import { tekstVan } from "../support/kaart.js";
import { MARK, SANNE, regeling } from "../support/demo.js";
import { vulStapIn } from "../support/invullen.js";

let h: BotOpHttp | undefined;
let laatLos: () => void = () => undefined;
afterEach(async () => {
  laatLos();
  await h?.stop();
  h = undefined;
});

/** The connector holds every call into this person's chat until `laatLos` is called: Teams hanging on one conversation. */
function houdVastVoor(b: BotOpHttp, persoonId: string): void {
  const vast = new Promise<void>((klaar) => (laatLos = klaar));
  b.connector.houdVast = (methode, pad) => (methode === "POST" && decodeURIComponent(pad).includes(`a:persoonlijk-${persoonId}/`) ? vast : undefined);
}

const beslisKaartenAan = (b: BotOpHttp, id: string) => kaartenAan(b, id).filter((k) => tekstVan(k).includes("Jouw besluit"));
const verzonden = async (b: BotOpHttp, persoonId: string, soort: string) => (await b.bot.store.uitgaand.vanAanvraag((await b.bot.store.aanvragen.lijst())[0]!.id)).filter((u) => u.persoonId === persoonId && u.soort === soort && u.verzondenOp !== undefined);

// Teams is given 20 s to answer a send: a click that waited for the send would take that long.
const OMGEVING = { VERZEND_TIJDSLIMIET_MS: "20000" };
const NORMAAL_MS = 3_000;

describe("the fan-out after the answer: a click is answered before the messages to others are sent", () => {
  it("the consulent's submission is answered while the delivery to the decider hangs; the decision card arrives once Teams answers", async () => {
    h = await startBotOpHttp(OMGEVING);
    const b = h;
    const sanne = gebruiker(b, SANNE, { wachtOpBezorging: false });
    await sanne.zeg("hallo");
    await gebruiker(b, MARK).zeg("hallo");
    const samenvatting = await vulVolledigIn(sanne, regeling("almere-maatwerk"), "01AA");

    houdVastVoor(b, MARK);
    const voor = performance.now();
    const antwoord = await sanne.klik(samenvatting, "Indienen");
    const duur = performance.now() - voor;

    expect(tekstVan(antwoord)).toContain("Ingediend.");
    expect(duur).toBeLessThan(NORMAAL_MS);
    // The send to the decider started and still hangs: nothing recorded as delivered yet.
    await vi.waitFor(() => expect(beslisKaartenAan(b, MARK)).toHaveLength(1), { timeout: 5_000, interval: 20 });
    expect(await verzonden(b, MARK, "beslissing")).toHaveLength(0);

    laatLos();
    await vi.waitFor(async () => expect(await verzonden(b, MARK, "beslissing")).toHaveLength(1), { timeout: 10_000, interval: 50 });
  });

  it("the decider's grant is answered while the delivery to the consulent hangs; the beschikking arrives once Teams answers", async () => {
    h = await startBotOpHttp(OMGEVING);
    const b = h;
    const sanne = gebruiker(b, SANNE);
    const mark = gebruiker(b, MARK, { wachtOpBezorging: false });
    await sanne.zeg("hallo");
    await mark.zeg("hallo");
    await sanne.klik(await vulVolledigIn(sanne, regeling("almere-maatwerk"), "01AA"), "Indienen");
    const kaart = beslisKaartenAan(b, MARK).at(-1)!;

    houdVastVoor(b, SANNE);
    const voor = performance.now();
    const antwoord = await mark.klik(kaart, "Toekennen", { bedrag: "4.000", schoolweken: "12" });
    const duur = performance.now() - voor;

    expect(tekstVan(antwoord)).toContain("Toegekend op");
    expect(duur).toBeLessThan(NORMAAL_MS);
    expect(await verzonden(b, SANNE, "beschikking")).toHaveLength(0);

    laatLos();
    await vi.waitFor(async () => expect(await verzonden(b, SANNE, "beschikking")).toHaveLength(1), { timeout: 10_000, interval: 50 });
    expect(tekstVan(kaartenAan(b, SANNE).at(-1)!)).toContain("Aanvraag MW-2026-0001 is toegekend");
  });
});

describe("the clicker's own message follows the answer", () => {
  it("three steps are answered while Teams hangs on updating the message; the message then gets the newest card, not one update per click", async () => {
    h = await startBotOpHttp(OMGEVING);
    const b = h;
    const sanne = gebruiker(b, SANNE, { wachtOpBezorging: false });
    await sanne.zeg("hallo");
    const vast = new Promise<void>((klaar) => (laatLos = klaar));
    b.connector.houdVast = (methode, pad) => (methode === "PUT" && decodeURIComponent(pad).includes(`a:persoonlijk-${SANNE}/activities/kaart-1`) ? vast : undefined);

    const keuze = (await sanne.zeg("nieuwe aanvraag")).kaarten.at(-1)!;
    const voor = performance.now();
    const stap1 = await sanne.klik(keuze, "Beginnen", { regelingId: "almere-maatwerk", brin: "01AA" });
    const stap2 = await sanne.klik(stap1, "Volgende", vulStapIn(stap1, regeling("almere-maatwerk")));
    const stap3 = await sanne.klik(stap2, "Volgende", vulStapIn(stap2, regeling("almere-maatwerk")));
    const duur = performance.now() - voor;

    // Three answers, none of them waiting for the update of the message that hangs.
    expect(tekstVan(stap3)).toContain("Stap 3 van");
    expect(duur).toBeLessThan(NORMAAL_MS);
    await vi.waitFor(() => expect(b.connector.verzonden.filter((v) => v.methode === "PUT")).toHaveLength(1), { timeout: 5_000, interval: 20 });

    laatLos();
    // The update that hung goes through, then only the newest card: never one update per click.
    await vi.waitFor(() => expect(tekstVan(bijgewerktBij(b, SANNE).at(-1) ?? { type: "AdaptiveCard" })).toContain("Stap 3 van"), { timeout: 5_000, interval: 20 });
    await b.bot.rust?.();
    expect(bijgewerktBij(b, SANNE).length).toBeLessThanOrEqual(2);
    expect(tekstVan(bijgewerktBij(b, SANNE).at(-1)!)).toContain("Stap 3 van");
  });
});
