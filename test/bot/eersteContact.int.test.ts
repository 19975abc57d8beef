import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { MARK, SANNE, VREEMDE } from "../support/demo.js";

let h: BotOpHttp;
beforeEach(async () => {
  h = await startBotOpHttp();
});
afterEach(async () => {
  await h?.stop();
});

function tekstVan(i: number): string {
  return JSON.stringify(h.connector.verzonden[i]?.body ?? {});
}

describe("first contact over HTTP", () => {
  it("answers the health check", async () => {
    const res = await fetch(`http://127.0.0.1:${h.bot.poort}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("welcomes a consulent on install with a Dutch card for their role, and keeps where to reach them", async () => {
    expect(await h.stuur(SANNE, { type: "conversationUpdate", membersAdded: [{ id: "28:maatwerkbot" }] })).toBe(200);
    expect(h.connector.verzonden).toHaveLength(1);
    const welkom = tekstVan(0);
    expect(welkom).toContain("application/vnd.microsoft.card.adaptive");
    expect(welkom).toContain("Welkom, Sanne de Vries");
    expect(welkom).toContain("consulent");
    expect(welkom).toContain("aanvraag");
    expect(welkom).not.toContain("${");
    expect((await h.bot.store.conversaties.haal(SANNE))?.serviceUrl).toBe(h.connector.url);
  });

  it("does not welcome again when Teams repeats the install event for the same conversation", async () => {
    await h.stuur(MARK, { type: "installationUpdate", action: "add" });
    await h.stuur(MARK, { type: "conversationUpdate", membersAdded: [{ id: "28:maatwerkbot" }] });
    expect(h.connector.verzonden).toHaveLength(1);
    expect(tekstVan(0)).toContain("stadsdeelmanager");
  });

  it("welcomes once when Teams sends the install and the membership event at the same moment", async () => {
    await Promise.all([
      h.stuur(SANNE, { type: "installationUpdate", action: "add" }),
      h.stuur(SANNE, { type: "conversationUpdate", membersAdded: [{ id: "28:maatwerkbot" }] }),
    ]);
    expect(h.connector.verzonden).toHaveLength(1);
  });

  it("tells a stranger politely that they are not known, and stores nothing about them", async () => {
    await h.stuur(VREEMDE, { type: "message", text: "hallo" });
    expect(h.connector.verzonden).toHaveLength(1);
    expect(tekstVan(0)).toContain("Je staat niet in de configuratie");
    expect(await h.bot.store.conversaties.haal(VREEMDE)).toBeUndefined();
  });
});
