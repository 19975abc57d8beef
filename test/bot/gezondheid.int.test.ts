import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BESTANDSNAAM } from "../../src/storage/lowdb/store.js";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { nieuweDatabase } from "../support/postgres.js";

let h: BotOpHttp | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const gezondheid = async () => {
  const res = await fetch(`http://127.0.0.1:${h!.bot.poort}/healthz`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe("GET /healthz, for liveness and readiness", () => {
  it("answers 200 with the embedded store, and 503 with a short reason once its data file is gone", async () => {
    h = await startBotOpHttp();
    expect(await gezondheid()).toEqual({ status: 200, body: { status: "ok" } });
    await rm(join(h.dataDir, BESTANDSNAAM));
    expect(await gezondheid()).toEqual({ status: 503, body: { status: "niet gereed", reden: "opslag niet bereikbaar" } });
  });

  it("answers 200 on PostgreSQL, and 503 with a short reason once the database is gone", async () => {
    const db = await nieuweDatabase();
    h = await startBotOpHttp({ STORE: "postgres", DATABASE_URL: db.url });
    expect(await gezondheid()).toEqual({ status: 200, body: { status: "ok" } });
    await db.weg();
    const na = await gezondheid();
    expect(na.status).toBe(503);
    expect(na.body).toEqual({ status: "niet gereed", reden: "opslag niet bereikbaar" });
    expect(JSON.stringify(na.body)).not.toContain(db.url);
  });
});
