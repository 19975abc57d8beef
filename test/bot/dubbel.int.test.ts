import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { MARK, SANNE, regeling } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { kaartenAan, vulVolledigIn } from "../support/indienen.js";
import { tekstVan } from "../support/kaart.js";
import { nieuweDatabase } from "../support/postgres.js";

let h: BotOpHttp | undefined;
let weg: (() => Promise<void>) | undefined;
afterEach(async () => {
  await h?.stop();
  await weg?.();
  h = undefined;
  weg = undefined;
});

describe("an activity Teams delivers twice has one effect", () => {
  for (const store of ["lowdb", "postgres"] as const)
    it(`a chat message with the same id, twice at the same moment, is answered once (${store})`, async () => {
      let omgeving = {};
      if (store === "postgres") {
        const db = await nieuweDatabase();
        weg = db.weg;
        omgeving = { STORE: "postgres", DATABASE_URL: db.url };
      }
      h = await startBotOpHttp(omgeving);
      await gebruiker(h, SANNE).zeg("hallo");
      const voor = h.connector.verzonden.length;
      const id = randomUUID();
      const statussen = await Promise.all([h.stuur(SANNE, { id, type: "message", text: "verleng IN-2026-0001" }), h.stuur(SANNE, { id, type: "message", text: "verleng IN-2026-0001" })]);
      expect(statussen).toEqual([200, 200]);
      expect(h.connector.verzonden.slice(voor).filter((v) => v.methode === "POST")).toHaveLength(1);
      expect(h.logregels.some((r) => r.includes("Dubbel bezorgd bericht genegeerd"))).toBe(true);
    });

  it("pressing Indienen twice (or its delivery twice) submits once and sends the decider one card", async () => {
    h = await startBotOpHttp();
    const sanne = gebruiker(h, SANNE);
    await sanne.zeg("hallo");
    await gebruiker(h, MARK).zeg("hallo");
    const samenvatting = await vulVolledigIn(sanne, regeling("almere-maatwerk"), "01AA");
    const [een, twee] = await Promise.all([sanne.klik(samenvatting, "Indienen"), sanne.klik(samenvatting, "Indienen")]);
    expect([tekstVan(een), tekstVan(twee)].filter((t) => t.includes("Ingediend."))).toHaveLength(1);
    const [a] = await h.bot.store.aanvragen.lijst();
    expect(a!.geschiedenis.filter((g) => g.soort === "ingediend")).toHaveLength(1);
    expect(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit"))).toHaveLength(1);
  });
});
