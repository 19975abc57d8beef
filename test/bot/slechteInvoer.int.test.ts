import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { herkenCommando } from "../../bot/commandos.js";
import { VERB } from "../../bot/verbs.js";
import { laadConfiguratie } from "../../src/config/configuratie.js";
import { fouttekst, isDomainError } from "../../src/domain/errors.js";
import { Bestand } from "../../src/storage/lowdb/schema.js";
import { BESTANDSNAAM } from "../../src/storage/lowdb/store.js";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { MARK, SANNE, regeling } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn } from "../support/indienen.js";
import { ongebonden, tekstVan, type KaartJson } from "../support/kaart.js";

/** Text as an attacker or a broken client might send it: huge, control characters, template expressions, markup. */
const vijandigeTekst = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("${$root}", "${aanvraagId}", "{{ 7*7 }}", "<script>alert(1)</script>", "\u0000\u0007\u001b[31m", "x".repeat(70_000), "💥".repeat(1000), "__proto__", "constructor"),
);
const waarde = fc.oneof(vijandigeTekst, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(vijandigeTekst, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), vijandigeTekst, { maxKeys: 3 }));
const STAPEL = /\bat .+\.(ts|js):\d+|node_modules|TypeError|ReferenceError/;

let h: BotOpHttp;
let aanvraagId: string;
beforeAll(async () => {
  h = await startBotOpHttp();
  const sanne = gebruiker(h, SANNE);
  await sanne.zeg("hallo");
  await gebruiker(h, MARK).zeg("hallo");
  await dienVolledigIn(sanne, regeling("almere-maatwerk"), "01AA");
  aanvraagId = (await h.bot.store.aanvragen.lijst())[0]!.id;
});
afterAll(async () => {
  await h?.stop();
});

const activiteit = (van: string, extra: Record<string, unknown>) => ({
  id: randomUUID(),
  channelId: "msteams",
  serviceUrl: h.connector.url,
  from: { id: `29:${van}`, aadObjectId: van },
  recipient: { id: "28:bot" },
  conversation: { id: `a:persoonlijk-${van}`, tenantId: "tenant" },
  ...extra,
});
const post = (body: string) => fetch(`http://127.0.0.1:${h.bot.poort}/api/messages`, { method: "POST", headers: { "content-type": "application/json" }, body });

/** Everything the bot said since `vanaf`, as text. */
const gezegd = (vanaf: number) => JSON.stringify(h.connector.verzonden.slice(vanaf).map((v) => v.body));

async function winkelIsGeldig(): Promise<void> {
  const bestand = JSON.parse(await readFile(join(h.dataDir, BESTANDSNAAM), "utf8"));
  expect(Bestand.safeParse(bestand).success).toBe(true);
}

describe("bad input never crashes the bot, never shows a stack trace, and stores nothing invalid", () => {
  it("malformed bodies and activities of the wrong shape", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.record({ type: waarde, text: waarde, value: waarde, from: waarde, conversation: waarde }).map((v) => JSON.stringify(activiteit(SANNE, v)))), async (body) => {
        const vanaf = h.connector.verzonden.length;
        const res = await post(body);
        expect(res.status).toBeLessThan(500);
        const tekst = await res.text();
        expect(tekst).not.toMatch(STAPEL);
        if (res.status === 400) expect(tekst).toContain("Ongeldig verzoek");
        expect(gezegd(vanaf)).not.toMatch(STAPEL);
      }),
      { numRuns: 150 },
    );
    expect((await fetch(`http://127.0.0.1:${h.bot.poort}/healthz`)).status).toBe(200);
    await winkelIsGeldig();
  }, 120_000);

  it("chat messages of any content get a Dutch answer", async () => {
    await fc.assert(
      fc.asyncProperty(vijandigeTekst.filter((t) => t.length < 60_000), async (tekst) => {
        expect(() => herkenCommando(tekst)).not.toThrow();
        const vanaf = h.connector.verzonden.length;
        const res = await post(JSON.stringify(activiteit(SANNE, { type: "message", text: tekst })));
        expect(res.status).toBe(200);
        const antwoord = gezegd(vanaf);
        expect(antwoord).not.toMatch(STAPEL);
        expect(antwoord).toMatch(/typen|aanvraag|Dat |help|niet/i);
      }),
      { numRuns: 80 },
    );
    await winkelIsGeldig();
  }, 120_000);

  it("card actions with any verb and any data get a Dutch card back, with nothing evaluated from the input", async () => {
    const verbs = fc.oneof(fc.constantFrom(...Object.values(VERB)), fc.string({ maxLength: 20 }));
    const data = fc.dictionary(
      fc.oneof(fc.constantFrom("aanvraagId", "versie", "richting", "actie", "soort", "volgnummer", "regelingId", "schoolBrin", "bedrag", "toelichting", "v.doelen", "l.0.referentie", "b.0.bedrag", "p.start", "g.gehoudenOp", "e.effect", "a.gedaanOp"), fc.string({ maxLength: 10 })),
      fc.oneof(waarde, fc.constant(aanvraagIdPlaatshouder)),
      { maxKeys: 8 },
    );
    await fc.assert(
      fc.asyncProperty(verbs, data, fc.constantFrom(SANNE, MARK), async (verb, d, van) => {
        const echteData = Object.fromEntries(Object.entries(d).map(([k, v]) => [k, v === aanvraagIdPlaatshouder ? aanvraagId : v]));
        const res = await post(JSON.stringify(activiteit(van, { type: "invoke", name: "adaptiveCard/action", value: { action: { type: "Action.Execute", verb, data: echteData }, trigger: "manual" } })));
        expect(res.status).toBe(200);
        const antwoord = (await res.json()) as { type: string; value: KaartJson };
        expect(antwoord.type).toBe("application/vnd.microsoft.card.adaptive");
        const tekst = tekstVan(antwoord.value);
        expect(tekst).not.toMatch(STAPEL);
        expect(ongebonden(antwoord.value, new Set(Object.values(echteData).filter((v): v is string => typeof v === "string")))).toEqual([]);
      }),
      { numRuns: 200 },
    );
    await winkelIsGeldig();
    const [a] = await h.bot.store.aanvragen.lijst();
    expect(a!.status.fase === "ingediend" || a!.status.fase === "toegekend" || a!.status.fase === "afgewezen" || a!.status.fase === "teruggestuurd").toBe(true);
  }, 180_000);
});

const aanvraagIdPlaatshouder = "<<aanvraag>>";

describe("bad config files", () => {
  it("stop the start with a Dutch message naming the problem, or load; never anything else", async () => {
    const demo = JSON.parse(await readFile("config/swv/demo.json", "utf8")) as Record<string, unknown>;
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "maatwerkbot-config-"));
    const sleutels = Object.keys(demo);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...sleutels), waarde, fc.boolean(), async (sleutel, nieuw, weg) => {
        const kopie = structuredClone(demo);
        if (weg) delete kopie[sleutel];
        else kopie[sleutel] = nieuw;
        const bestand = join(dir, "swv.json");
        await writeFile(bestand, JSON.stringify(kopie));
        try {
          await laadConfiguratie(bestand, "config/regelingen");
        } catch (error) {
          if (!isDomainError(error)) throw error;
          expect(fouttekst(error)).toContain(bestand);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
