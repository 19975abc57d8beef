import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { browser, openAlsIngelogd } from "../support/browser.js";
import { JOOST, LINDA, NOOR, SANNE, regeling } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { startIdentiteitsprovider, type Identiteitsprovider } from "../support/identiteitsprovider.js";
import { kaartenAan, toegekendTraject } from "../support/indienen.js";
import { tekstVan, type KaartJson } from "../support/kaart.js";
import { tekstPerPagina } from "../support/pdf.js";

const TERUG = "/rapportage/aangemeld";
const almere = regeling("almere-maatwerk");

let idp: Identiteitsprovider;
let h: BotOpHttp;
let nu = new Date("2026-11-02T09:00:00Z");
let beschikkingKaart: KaartJson;

/** Press "Download beschikking (PDF)" on a card as `wie`: the link card, and its URL when there is one. */
async function linkVan(wie: string, kaart: KaartJson = beschikkingKaart): Promise<{ kaart: KaartJson; url: string | undefined }> {
  const { kaart: zelfde, berichten } = await gebruiker(h, wie).klikMetBerichten(kaart, "Download beschikking (PDF)");
  // The link comes as a new message; the pressed card stays as it was. A refusal takes the card's place.
  const link = berichten.at(-1) ?? zelfde;
  if (berichten.length > 0) expect(tekstVan(zelfde)).toBe(tekstVan(kaart));
  return { kaart: link, url: JSON.stringify(link).match(/"url":"([^"]+)"/)?.[1] };
}
const downloads = async () => (await h.bot.store.audit.lijst()).filter((r) => r.actie === "beschikking-download");

beforeAll(async () => {
  idp = await startIdentiteitsprovider();
  h = await startBotOpHttp({ AANMELDEN_ISSUER: idp.issuer, AANMELDEN_CLIENT_ID: idp.clientId, AANMELDEN_CLIENT_SECRET: idp.clientSecret }, () => nu);
  idp.registreer(`http://localhost:${h.bot.poort}${TERUG}`);
  for (const id of [LINDA, NOOR, JOOST]) await gebruiker(h, id).zeg("hallo");
  await toegekendTraject(h, almere, { start: "2027-01-11", eind: "2027-04-09", schoolweken: "12" });
  beschikkingKaart = kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("is toegekend")).at(-1)!;
});
afterAll(async () => {
  await h?.stop();
  await idp?.stop();
});

describe("Download beschikking (PDF): a link bound to its person by sign-in, once, for ten minutes, audited", () => {
  it("the consulent gets the letter once; the download is audited with the aanvraag", async () => {
    expect(tekstVan(beschikkingKaart)).toContain("Download beschikking (PDF)");
    const { kaart, url } = await linkVan(SANNE);
    expect(tekstVan(kaart)).toContain("Deze link werkt alleen voor jou");
    expect(url).toMatch(/\/download\/[A-Za-z0-9_-]{43}$/);
    const { antwoord } = await openAlsIngelogd(browser(), url!, SANNE);
    expect(antwoord!.status).toBe(200);
    expect(antwoord!.headers.get("content-type")).toBe("application/pdf");
    expect(antwoord!.headers.get("content-disposition")).toMatch(/filename="beschikking-B-MW-2026-\d{4}\.pdf"/);
    const tekst = (await tekstPerPagina(new Uint8Array(await antwoord!.arrayBuffer()))).join("\n").replace(/\s+/g, " ");
    expect(tekst).toContain("Beschikking Maatwerkbudget (Almere)");
    expect(tekst).toContain("Periode 11 januari 2027 tot en met 9 april 2027");
    expect(tekst).toContain("Aantal schoolweken 12");
    const aanvraag = (await h.bot.store.aanvragen.lijst())[0]!;
    expect(await downloads()).toEqual([expect.objectContaining({ actor: SANNE, uitkomst: "toegestaan", aanvraagId: aanvraag.id })]);

    const nogEens = await openAlsIngelogd(browser(), url!, SANNE);
    expect(nogEens.antwoord!.status).toBe(410);
    expect(await nogEens.antwoord!.text()).toContain("Deze link is verlopen, al gebruikt of bestaat niet.");
  });

  it("someone else who signs in with the link is refused in Dutch and audited; the link stays its owner's", async () => {
    const { url } = await linkVan(SANNE);
    const ander = await openAlsIngelogd(browser(), url!, LINDA);
    expect(ander.antwoord!.status).toBe(403);
    const pagina = await ander.antwoord!.text();
    expect(pagina).toContain("Deze link is niet voor jou");
    expect(pagina).not.toContain("%PDF");
    expect((await downloads()).filter((r) => r.actor === LINDA)).toEqual([expect.objectContaining({ uitkomst: "geweigerd", reden: "link van een ander; beschikking" })]);
    expect((await openAlsIngelogd(browser(), url!, SANNE)).antwoord!.status).toBe(200);
  });

  it("who is not involved gets no link, even pressing the button of someone else's card (a consulent and a contactpersoon of other schools); staff do", async () => {
    const noor = await linkVan(NOOR);
    expect(noor.url).toBeUndefined();
    expect(tekstVan(noor.kaart)).toContain("Deze beschikking is niet voor jou");
    expect(tekstVan(await gebruiker(h, JOOST).klik(beschikkingKaart, "Download beschikking (PDF)"))).toContain("Deze beschikking is niet voor jou");
    expect((await linkVan(LINDA)).url).toMatch(/\/download\//);
  });

  it("expires after ten minutes: refused before anyone is asked to sign in", async () => {
    const { url } = await linkVan(SANNE);
    nu = new Date(nu.getTime() + 10 * 60_000 + 1);
    const verlopen = await browser().open(url!);
    expect(verlopen.hops).toEqual([{ url, status: 410 }]);
    expect(await verlopen.antwoord!.text()).toContain("Deze link is verlopen, al gebruikt of bestaat niet.");
  });

  it("the status card of a decided aanvraag carries the same button", async () => {
    const nummer = (await h.bot.store.aanvragen.lijst())[0]!.nummer;
    const status = (await gebruiker(h, SANNE).zeg(`status ${nummer}`)).kaarten.at(-1)!;
    expect(tekstVan(status)).toContain("Download beschikking (PDF)");
    expect((await linkVan(SANNE, status)).url).toMatch(/\/download\/[A-Za-z0-9_-]{43}$/);
  });
});
