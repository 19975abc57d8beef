import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker, type Gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { actieVan, foutenBij, foutenVan, invoerVan, tekstVan, type KaartJson } from "../support/kaart.js";
import { varianten } from "../support/varianten.js";
import { ERICA, KARIN, MARK, SANNE, regeling } from "../support/demo.js";

/** A text of exactly `n` UTF-16 code units, without whitespace at either end. */
const tekst = (n: number) => `${"Er is nog geen half jaar extra ondersteuning ingezet. ".repeat(Math.ceil(n / 54)).slice(0, n - 1)}.`;
const teLang = (lengte: number, max: number) => `Deze tekst heeft ${lengte.toLocaleString("nl-NL")} tekens; hier passen er hoogstens ${max.toLocaleString("nl-NL")}. Er is niets ingekort en niets bewaard: maak de tekst korter.`;

let h: BotOpHttp;
afterEach(async () => {
  await h?.stop();
});

const beslisKaart = (id: string): KaartJson => kaartenAan(h, id).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!;
const opgeslagen = async () => (await h.bot.store.aanvragen.lijst()).at(-1)!;

/** The bot with Sanne, the decider and `anderen` in it; Sanne submits an aanvraag of `regelingId` at `brin` `aantal` times. */
async function ingediend(beslisserId = MARK, regelingId = "almere-maatwerk", brin = "01AA", omgeving: Record<string, string> = {}, aantal = 1, anderen: string[] = []) {
  h = await startBotOpHttp(omgeving);
  const sanne = gebruiker(h, SANNE);
  const beslisser = gebruiker(h, beslisserId);
  for (const g of [sanne, beslisser, ...anderen.map((id) => gebruiker(h, id))]) await g.zeg("hallo");
  for (let i = 0; i < aantal; i++) await dienVolledigIn(sanne, regeling(regelingId), brin);
  return { sanne, beslisser };
}

/** The toelichting input of a decision card, as rendered. */
function toelichtingInvoer(kaart: KaartJson): Record<string, unknown> {
  const body = JSON.stringify(kaart);
  const match = [...body.matchAll(/\{[^{}]*"id":"toelichting"[^{}]*\}/g)].map((m) => JSON.parse(m[0]) as Record<string, unknown>);
  expect(match).toHaveLength(1);
  return match[0]!;
}

/**
 * What the bot sent since the connector had `vanaf` calls, other than the update of the pressed card in the
 * clicker's own chat (the answer mirrored for their other devices): a message or an update for anyone.
 */
function naarAnderen(vanaf: number, clicker: string): string[] {
  return h.connector.verzonden
    .slice(vanaf)
    .filter((v) => !(v.methode === "PUT" && decodeURIComponent(v.pad).endsWith(`/conversations/a:persoonlijk-${clicker}/activities/kaart-1`)))
    .map((v) => `${v.methode} ${decodeURIComponent(v.pad)}`);
}

/** Press `knop` with `typ` and expect a refusal beside the toelichting only, the text kept, and nothing stored, audited or sent to anyone. */
async function geweigerdBijToelichting(g: Gebruiker, beslisserId: string, kaart: KaartJson, knop: string, typ: Record<string, string>, melding: string): Promise<KaartJson> {
  const id = String(actieVan(kaart, knop).data.aanvraagId);
  const voor = (await h.bot.store.aanvragen.haal(id))!;
  const audit = (await h.bot.store.audit.lijst({ aanvraagId: voor.id })).length;
  const uitgaand = (await h.bot.store.uitgaand.vanAanvraag(voor.id)).length;
  const verzonden = h.connector.verzonden.length;

  const antwoord = await g.klik(kaart, knop, typ);

  expect(foutenBij(antwoord, "toelichting")).toEqual([melding]);
  expect(foutenVan(antwoord)).toEqual([melding]);
  expect(invoerVan(antwoord).toelichting).toBe(typ.toelichting);
  expect(tekstVan(antwoord)).toContain("Jouw besluit");
  const na = (await h.bot.store.aanvragen.haal(id))!;
  expect(na.status.fase).toBe("ingediend");
  expect(na.versie).toBe(voor.versie);
  expect(na).toEqual(voor);
  expect(await h.bot.store.audit.lijst({ aanvraagId: voor.id })).toHaveLength(audit);
  expect(await h.bot.store.uitgaand.vanAanvraag(voor.id)).toHaveLength(uitgaand);
  expect(naarAnderen(verzonden, beslisserId)).toEqual([]);
  return antwoord;
}

describe("honest inputs on the decision card: a toelichting over its limit is refused at the field with both lengths, never cut, and nothing is decided", () => {
  it("the card states the limit of the toelichting and does not cut what is typed or pasted", async () => {
    await ingediend();
    const invoer = toelichtingInvoer(beslisKaart(MARK));
    expect(invoer.placeholder).toBe("Hoogstens 2.000 tekens");
    expect(invoer).not.toHaveProperty("maxLength");
  });

  it.each([
    ["Toekennen", "toegekend", { bedrag: "1.000", schoolweken: "12" }, "Toegekend op"],
    ["Afwijzen", "afgewezen", {}, "Afgewezen op"],
    ["Terugsturen", "teruggestuurd", {}, "Teruggestuurd naar de consulent op"],
  ] as const)("%s: 2,001 and 5,000 characters are refused beside the toelichting, the text kept, the consulent told nothing; exactly 2,000 are taken whole", async (knop, fase, overige, uitkomst) => {
    const beslisserId = MARK;
    const { beslisser } = await ingediend(beslisserId);
    const aanSanne = kaartenAan(h, SANNE).length;

    let kaart = await geweigerdBijToelichting(beslisser, beslisserId, beslisKaart(MARK), knop, { ...overige, toelichting: tekst(2001) }, teLang(2001, 2000));
    expect(invoerVan(kaart)).toMatchObject(overige);
    kaart = await geweigerdBijToelichting(beslisser, beslisserId, kaart, knop, { ...overige, toelichting: tekst(5000) }, teLang(5000, 2000));
    expect(kaartenAan(h, SANNE)).toHaveLength(aanSanne);

    const besloten = await beslisser.klik(kaart, knop, { ...overige, toelichting: tekst(2000) });
    expect(tekstVan(besloten)).toContain(uitkomst);
    expect(foutenVan(besloten)).toEqual([]);
    const a = await opgeslagen();
    expect(a.status.fase).toBe(fase);
    const bewaard = a.status.fase === "toegekend" ? a.status.beschikking.toelichting : a.status.fase === "afgewezen" ? a.status.reden : a.status.fase === "teruggestuurd" ? a.status.vraag : undefined;
    expect(bewaard).toBe(tekst(2000));
    expect(kaartenAan(h, SANNE).length).toBeGreaterThan(aanSanne);
  });

  it("a grant over the yearly budget: an onderbouwing over its limit is refused beside it, the confirmation stays and the bestuur hears nothing; exactly 2,000 grants", async () => {
    const omgeving = await varianten({
      profiel: ["de-verbinding", (p) => p.regelingen.forEach((r) => ((r.limieten as { jaarbudget: { bedrag: number } }).jaarbudget.bedrag = 800000))],
    });
    const beslisserId = ERICA;
    const { beslisser } = await ingediend(beslisserId, "verbinding-individueel", "04DD", omgeving, 2, [KARIN]);
    const [eerste, tweede] = kaartenAan(h, ERICA).filter((k) => tekstVan(k).includes("Jouw besluit"));
    await beslisser.klik(eerste!, "Toekennen", { bedrag: "5000" });
    const aanBestuur = kaartenAan(h, KARIN).length;

    // Too long before the warning: refused at the field first, not a warning to confirm and the refusal after.
    const eerder = await geweigerdBijToelichting(beslisser, beslisserId, tweede!, "Toekennen", { bedrag: "5000", toelichting: tekst(2001) }, teLang(2001, 2000));
    expect(tekstVan(eerder)).not.toContain("overschrijdt het jaarbudget");

    const waarschuwing = await beslisser.klik(eerder, "Toekennen", { bedrag: "5000", toelichting: "" });
    expect(tekstVan(waarschuwing)).toContain("overschrijdt het jaarbudget");
    const lang = await geweigerdBijToelichting(beslisser, beslisserId, waarschuwing, "Toekennen ondanks overschrijding", { bedrag: "5000", toelichting: tekst(2345) }, teLang(2345, 2000));
    expect(invoerVan(lang).bedrag).toBe("5000");
    expect(kaartenAan(h, KARIN)).toHaveLength(aanBestuur);

    const toegekend = await beslisser.klik(lang, "Toekennen ondanks overschrijding", { bedrag: "5000", toelichting: tekst(2000) });
    expect(tekstVan(toegekend)).toContain("het bestuur is geïnformeerd");
    const a = await opgeslagen();
    expect(a.status.fase === "toegekend" && a.status.beschikking.toelichting).toBe(tekst(2000));
    expect(kaartenAan(h, KARIN)).toHaveLength(aanBestuur + 1);
    expect(tekstVan(kaartenAan(h, KARIN).at(-1)!)).toContain(`Onderbouwing van de beslisser: ${tekst(2000)}`);
  });
});

describe("honest inputs on the answer after Terugsturen: an answer over its limit is refused at the field with both lengths, never cut, and nothing is stored", () => {
  it("2,001 and 10,001 characters are refused beside the answer, the text kept, the decider told nothing; exactly 2,000 are stored whole", async () => {
    const { sanne, beslisser } = await ingediend();
    await beslisser.klik(beslisKaart(MARK), "Terugsturen", { toelichting: "Waarom is de begeleiding zo duur?" });
    const vraag = kaartenAan(h, SANNE).at(-1)!;
    expect(JSON.stringify(vraag)).toContain('"placeholder":"Hoogstens 2.000 tekens"');
    expect(JSON.stringify(vraag)).not.toContain('"maxLength"');
    const voor = await opgeslagen();
    const audit = (await h.bot.store.audit.lijst({ aanvraagId: voor.id })).length;
    const aanMark = kaartenAan(h, MARK).length;

    let kaart = vraag;
    for (const lengte of [2001, 10_001]) {
      const verzonden = h.connector.verzonden.length;
      kaart = await sanne.klik(kaart, "Antwoord versturen", { antwoord: tekst(lengte) });
      expect(foutenBij(kaart, "antwoord")).toEqual([teLang(lengte, 2000)]);
      expect(foutenVan(kaart)).toEqual([teLang(lengte, 2000)]);
      expect(invoerVan(kaart).antwoord).toBe(tekst(lengte));
      expect(tekstVan(kaart)).toContain("Antwoord aan Mark Jansen");
      expect(await opgeslagen()).toEqual(voor);
      expect(naarAnderen(verzonden, SANNE)).toEqual([]);
    }
    expect(await h.bot.store.audit.lijst({ aanvraagId: voor.id })).toHaveLength(audit);
    expect(kaartenAan(h, MARK)).toHaveLength(aanMark);

    const bewaard = await sanne.klik(kaart, "Antwoord versturen", { antwoord: tekst(2000) });
    expect(tekstVan(bewaard)).toContain("Je antwoord is bewaard.");
    expect(foutenVan(bewaard)).toEqual([]);
    const na = await opgeslagen();
    expect(na.dialoog[0]!.antwoord).toBe(tekst(2000));
    expect(na.status.fase).toBe("teruggestuurd");
  });
});
