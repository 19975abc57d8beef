import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { networkInterfaces } from "node:os";
import { SignJWT } from "jose";
import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { SANNE } from "../support/demo.js";

const BOT_ID = "00000000-0000-4000-8000-000000000001";
const NIET_AANGEMELD = { fout: "Niet aangemeld: dit verzoek heeft geen geldig Bot Framework-token." };

/** A loopback stand-in for the Bot Framework's OpenID metadata and keys; `hangt` accepts connections and never answers. */
interface Metadata {
  url: string;
  verzoeken: number;
  stop: () => Promise<void>;
}

async function startMetadata(sleutel: KeyObject, hangt = false): Promise<Metadata> {
  const sockets = new Set<Socket>();
  const m = { verzoeken: 0 } as Metadata;
  const server: Server = createServer((req, res) => {
    m.verzoeken++;
    if (hangt) return;
    const basis = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader("content-type", "application/json");
    if (req.url === "/keys") res.end(JSON.stringify({ keys: [{ ...sleutel.export({ format: "jwk" }), kid: "a", use: "sig", endorsements: ["msteams"] }] }));
    else res.end(JSON.stringify({ issuer: "https://api.botframework.com", jwks_uri: `${basis}/keys` }));
  });
  server.on("connection", (s) => (sockets.add(s), s.on("close", () => sockets.delete(s))));
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  m.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/openidconfiguration`;
  m.stop = () => new Promise<void>((klaar) => (sockets.forEach((s) => s.destroy()), server.close(() => klaar())));
  return m;
}

const paar = () => generateKeyPairSync("rsa", { modulusLength: 2048 });
const eigen = paar();
const vreemd = paar();

function token(privé: KeyObject, serviceUrl: string): Promise<string> {
  return new SignJWT({ serviceurl: serviceUrl })
    .setProtectedHeader({ alg: "RS256", kid: "a", typ: "JWT" })
    .setIssuer("https://api.botframework.com")
    .setAudience(BOT_ID)
    .setIssuedAt()
    .setExpirationTime("5m")
    .sign(privé);
}

let h: BotOpHttp | undefined;
let meta: Metadata | undefined;
afterEach(async () => {
  await h?.stop();
  await meta?.stop();
  h = meta = undefined;
});

function post(autorisatie: string | undefined, type = "message") {
  return fetch(`http://127.0.0.1:${h!.bot.poort}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(autorisatie ? { authorization: autorisatie } : {}) },
    body: JSON.stringify({
      type,
      id: "1",
      channelId: "msteams",
      serviceUrl: h!.connector.url,
      from: { id: `29:${SANNE}`, aadObjectId: SANNE },
      recipient: { id: `28:${BOT_ID}` },
      conversation: { id: `a:persoonlijk-${SANNE}` },
      text: "mijn aanvragen",
    }),
  });
}

describe("a request with a token the bot cannot accept", () => {
  it("gets 401 with a fixed Dutch body and no library text: no token, garbage, alg none, a foreign key; a token of the right key gets in", async () => {
    meta = await startMetadata(eigen.publicKey);
    h = await startBotOpHttp({ BOT_ID, BOT_PASSWORD: "geheim", OPSLAG_ONVERSLEUTELD: "ja", BOT_OPENID_METADATA_URL: meta.url });
    const geen = btoa(JSON.stringify({ alg: "none", typ: "JWT" })).replace(/=+$/, "");
    const lading = btoa(JSON.stringify({ iss: "https://api.botframework.com", aud: BOT_ID, serviceurl: h.connector.url })).replace(/=+$/, "");
    const gevallen: [string, string | undefined][] = [
      ["geen token", undefined],
      ["onzin", "Bearer dit-is-geen-token"],
      ["onzin met punten", "Bearer eyJ.eyJ.xyz"],
      ["alg none", `Bearer ${geen}.${lading}.`],
      ["ander schema", `Basic ${btoa("a:b")}`],
      ["vreemde sleutel", `Bearer ${await token(vreemd.privateKey, h.connector.url)}`],
    ];
    for (const [naam, autorisatie] of gevallen) {
      const res = await post(autorisatie);
      expect(res.status, naam).toBe(401);
      expect(await res.json(), naam).toEqual(NIET_AANGEMELD);
    }
    expect(h.connector.verzonden).toEqual([]);
    expect(await h.bot.store.conversaties.haal(SANNE)).toBeUndefined();
    // The control: the same request with a token of the key the metadata publishes is let in.
    expect((await post(`Bearer ${await token(eigen.privateKey, h.connector.url)}`, "typing")).status).toBe(200);
  });

  it("gets 503 within the time limit when the metadata endpoint never answers, and the waiting requests share one fetch", async () => {
    meta = await startMetadata(eigen.publicKey, true);
    h = await startBotOpHttp({ BOT_ID, BOT_PASSWORD: "geheim", OPSLAG_ONVERSLEUTELD: "ja", BOT_OPENID_METADATA_URL: meta.url, BOT_OPENID_TIJDSLIMIET_MS: "600" });
    const autorisatie = `Bearer ${await token(vreemd.privateKey, h.connector.url)}`;
    const begin = Date.now();
    const antwoorden = await Promise.all(Array.from({ length: 50 }, () => post(autorisatie)));
    expect(Date.now() - begin).toBeLessThan(3_000);
    expect(antwoorden.map((r) => r.status)).toEqual(Array(50).fill(503));
    expect(await antwoorden[0]!.json()).toEqual({ fout: "De aanmeldgegevens van Microsoft zijn nu niet op te halen; probeer het zo opnieuw." });
    expect(meta.verzoeken).toBe(1);
    expect(h.logregels.some((r) => r.includes("OpenID-metadata") && r.includes("TimeoutError"))).toBe(true);
  });
});

describe("anonymous mode", () => {
  const extern = Object.values(networkInterfaces()).flat().find((i) => i && !i.internal && i.family === "IPv4")?.address;

  it("listens on 127.0.0.1 only, and says so at start", async () => {
    h = await startBotOpHttp();
    expect((await fetch(`http://127.0.0.1:${h.bot.poort}/healthz`)).status).toBe(200);
    if (extern) await expect(fetch(`http://${extern}:${h.bot.poort}/healthz`)).rejects.toThrow();
    expect(h.logregels.some((r) => r.includes("luistert alleen op 127.0.0.1"))).toBe(true);
  });

  it.runIf(extern !== undefined)("with ANONIEM_OPEN=ja listens on the network, and the start log says the bot is open", async () => {
    h = await startBotOpHttp({ ANONIEM_OPEN: "ja" });
    expect((await fetch(`http://${extern}:${h.bot.poort}/healthz`)).status).toBe(200);
    expect(h.logregels.find((r) => r.includes('"niveau":"warn"') && r.includes("De bot is OPEN"))).toBeDefined();
  });
});
