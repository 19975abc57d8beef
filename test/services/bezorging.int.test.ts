import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bezorgingService } from "../../src/services/bezorging.js";
import { openLowdbStore } from "../../src/storage/lowdb/store.js";
import { demoAfleiding } from "../support/demo.js";

describe("the duplicate-delivery memory", () => {
  it("recognises a repeated delivery, and keeps a long activity id as a short fixed-length key", async () => {
    const store = await openLowdbStore({ dataDir: await mkdtemp(join(tmpdir(), "maatwerkbot-ontvangen-")), wachtOpVergrendelingMs: 0, afleiding: demoAfleiding, log: () => undefined });
    try {
      const gezien: string[] = [];
      const bezorging = bezorgingService({ store: { ...store, ontvangen: { nieuw: (k, op) => (gezien.push(k), store.ontvangen.nieuw(k, op)) } } });
      const lang = "x".repeat(450_000);
      const op = new Date().toISOString();
      expect(await bezorging.nieuwOntvangen(lang, op)).toBe(true);
      expect(await bezorging.nieuwOntvangen(lang, op)).toBe(false);
      expect(await bezorging.nieuwOntvangen(`${lang}y`, op)).toBe(true);
      expect(gezien.every((k) => k.length === 43)).toBe(true);
    } finally {
      await store.sluit();
    }
  });
});
