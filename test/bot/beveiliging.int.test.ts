import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../bot/server.js";
import { leesOmgeving } from "../../src/config/omgeving.js";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { SANNE } from "../support/demo.js";
import { fouttekstVan } from "../support/fouttekst.js";
import { gebruiker } from "../support/gebruiker.js";

let h: BotOpHttp | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const post = (poort: number, body: string, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${poort}/api/messages`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });

const bericht = (tekst: string) =>
  JSON.stringify({
    type: "message",
    id: "1",
    channelId: "msteams",
    serviceUrl: "http://127.0.0.1:9/",
    from: { id: `29:${SANNE}`, aadObjectId: SANNE },
    recipient: { id: "28:bot" },
    conversation: { id: `a:persoonlijk-${SANNE}` },
    text: tekst,
  });

describe("who may talk to the bot", () => {
  it("with BOT_ID set, refuses a request without a Bot Framework token, or with a forged one, and stores nothing", async () => {
    h = await startBotOpHttp({ BOT_ID: "00000000-0000-4000-8000-000000000001", BOT_PASSWORD: "geheim", OPSLAG_ONVERSLEUTELD: "ja" });
    expect((await post(h.bot.poort, bericht("nieuwe aanvraag"))).status).toBe(401);
    expect((await post(h.bot.poort, bericht("nieuwe aanvraag"), { authorization: "Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0." })).status).toBe(401);
    expect(h.connector.verzonden).toEqual([]);
    expect(await h.bot.store.conversaties.haal(SANNE)).toBeUndefined();
  });

  it("refuses to start in production without credentials", async () => {
    const uit = await new Promise<{ code: number | null; stderr: string }>((klaar) => {
      const p = spawn(process.execPath, ["--import", "tsx", "bot/index.ts"], { env: { ...process.env, NODE_ENV: "production", BOT_ID: "", PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      p.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
      p.stdout.on("data", (b: Buffer) => {
        if (b.toString().includes("luistert op")) p.kill("SIGTERM");
      });
      p.on("exit", (code) => klaar({ code, stderr }));
    });
    expect(uit.code).toBe(1);
    expect(uit.stderr).toContain("BOT_ID: is verplicht in productie");
  });
});

describe("the test clock", () => {
  it("exists only with TEST_KLOK=aan, moves forward only, and is refused together with credentials or in production", async () => {
    h = await startBotOpHttp();
    const klok = (poort: number, body: unknown) => fetch(`http://127.0.0.1:${poort}/_test/klok`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await klok(h.bot.poort, { naar: "2030-01-01T00:00:00Z" })).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${h.bot.poort}/_test/klok`)).status).toBe(404);
    await h.stop();

    h = await startBotOpHttp({ TEST_KLOK: "aan" });
    const verzet = await klok(h.bot.poort, { naar: "2030-01-01T00:00:00Z" });
    expect(verzet.status).toBe(200);
    expect(((await verzet.json()) as { nu: string }).nu >= "2030-01-01T00:00:00").toBe(true);
    expect(((await (await klok(h.bot.poort, { naar: "2029-01-01T00:00:00Z" })).json()) as { nu: string }).nu >= "2030-01-01T00:00:00").toBe(true);
    expect((await klok(h.bot.poort, { naar: "morgen" })).status).toBe(400);
    expect(((await (await fetch(`http://127.0.0.1:${h.bot.poort}/_test/klok`)).json()) as { nu: string }).nu >= "2030-01-01T00:00:00").toBe(true);

    for (const extra of [{ BOT_ID: "00000000-0000-4000-8000-000000000001", BOT_PASSWORD: "geheim" }, { NODE_ENV: "production" }])
      expect(fouttekstVan(() => leesOmgeving({ TEST_KLOK: "aan", ...extra }))).toMatch(/TEST_KLOK: mag niet aan staan met inloggegevens of in productie/);
  });
});

describe("what the bot reads", () => {
  it(`refuses a body over ${MAX_BODY_BYTES / 1024} KB before parsing it, and keeps working`, async () => {
    h = await startBotOpHttp({ DATA_DIR: await mkdtemp(join(tmpdir(), "maatwerkbot-groot-")) });
    const groot = bericht("x".repeat(MAX_BODY_BYTES + 10));
    const geweigerd = await post(h.bot.poort, groot);
    expect(geweigerd.status).toBe(413);
    expect(await geweigerd.json()).toEqual({ fout: `Ongeldig verzoek: groter dan ${MAX_BODY_BYTES / 1024} KB.` });
    expect(await h.bot.store.conversaties.haal(SANNE)).toBeUndefined();
    const { kaarten } = await gebruiker(h, SANNE).zeg("help");
    expect(kaarten.length).toBeGreaterThan(0);
  });
});
