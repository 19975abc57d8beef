import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { LINDA, MARK, NOOR, VREEMDE } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { tekstVan } from "../support/kaart.js";

/** Refused attempts: each leaves an audit line staff can read, a flood only so many, and nothing of what was typed. */
let h: BotOpHttp | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe("refused attempts in the audit", () => {
  it("audits a stranger's message and another role's command, with the actor, the attempt and a reason, never the text typed", async () => {
    // Given the bot, a stranger and a stadsdeelmanager
    h = await startBotOpHttp();
    // When the stranger writes and Mark asks for what only a consulent or staff may do
    const vreemde = await gebruiker(h, VREEMDE).zeg("geheime tekst van een vreemde");
    expect(vreemde.teksten.join(" ")).toContain("Je staat niet in de configuratie");
    expect((await gebruiker(h, MARK).zeg("nieuwe aanvraag")).teksten.join(" ")).toContain("Dat kan alleen een consulent");
    await gebruiker(h, MARK).zeg("rapportage 2026-2027");
    // Then each attempt is audited as refused
    const audit = await h.bot.store.audit.lijst();
    const geweigerd = audit.filter((r) => r.uitkomst === "geweigerd");
    expect(geweigerd).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: VREEMDE, actie: "bericht", reden: "onbekende gebruiker" }),
        expect.objectContaining({ actor: MARK, actie: "nieuwe-aanvraag", reden: "alleen voor een consulent" }),
        expect.objectContaining({ actor: MARK, actie: "rapportage", reden: "alleen voor de staf" }),
      ]),
    );
    expect(JSON.stringify(audit)).not.toContain("geheime tekst");
  });

  it("writes at most ten refusals a minute per actor, and then one line with how many were left out", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    const vreemde = gebruiker(h, VREEMDE);
    for (let i = 0; i < 25; i++) await vreemde.zeg(`poging ${i}`);
    const vanVreemde = async () => (await h!.bot.store.audit.lijst({ actor: VREEMDE })).filter((r) => r.uitkomst === "geweigerd");
    expect(await vanVreemde()).toHaveLength(10);
    nu = new Date("2026-11-02T09:01:30Z");
    await vreemde.zeg("nog een");
    const na = await vanVreemde();
    expect(na).toHaveLength(12);
    expect(na).toEqual(expect.arrayContaining([expect.objectContaining({ actie: "weigeringen-samengevat", reden: "15 geweigerde pogingen niet apart vastgelegd" })]));
  });

  it("audits a hidden aanvraag asked for by number, answered as if it did not exist", async () => {
    h = await startBotOpHttp();
    const { kaarten } = await gebruiker(h, NOOR).zeg("status MW-2026-0042");
    expect(tekstVan(kaarten.at(-1)!)).toContain("bestaat niet of is niet voor jou zichtbaar");
    expect(await h.bot.store.audit.lijst({ actor: NOOR })).toEqual([expect.objectContaining({ actie: "status", uitkomst: "geweigerd" })]);
  });

  it("answers an unknown deputy's name in Dutch, and logs the refusal at info with its code only: no name, no stack", async () => {
    h = await startBotOpHttp();
    const { kaarten, teksten } = await gebruiker(h, MARK).zeg("vervanger Onbekende Naamsen van 1-12-2026 tot 4-12-2026");
    const antwoord = [...teksten, ...kaarten.map(tekstVan)].join(" ");
    expect(antwoord).toContain("Ik ken niemand die 'Onbekende Naamsen' heet in dit samenwerkingsverband.");
    const log = h.logregels.join("\n");
    expect(log).not.toContain("Naamsen");
    expect(log).not.toContain('"stack"');
    expect(h.logregels.filter((r) => r.includes('"niveau":"error"'))).toEqual([]);
  });

  it("answers a card action without its action with 400 and sends nothing to the chat", async () => {
    h = await startBotOpHttp();
    await gebruiker(h, LINDA).zeg("hallo");
    const voor = h.connector.verzonden.length;
    expect(await h.stuur(LINDA, { type: "invoke", name: "adaptiveCard/action" })).toBe(400);
    expect(await h.stuur(LINDA, { type: "invoke", name: "adaptiveCard/action", value: { action: "kapot" } })).toBe(400);
    expect(h.connector.verzonden.slice(voor)).toEqual([]);
  });
});
