import { demoAfleiding } from "./demo.js";
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Aanvraag } from "../../src/domain/aanvraag.js";
import { BESTANDSNAAM } from "../../src/storage/lowdb/store.js";
import { openPostgresStore } from "../../src/storage/postgres/store.js";
import { dataMetTrajecten } from "./trajecten.js";

/**
 * Running trajecten (see dataMetTrajecten) put into a PostgreSQL database: `aantal`
 * of them, shared out over `personen`, each person with a conversation at `connectorUrl`.
 */
export async function pgMetTrajecten(url: string, aantal: number, personen: readonly string[], connectorUrl: string): Promise<void> {
  const dir = await dataMetTrajecten(1, personen, connectorUrl);
  const bestand = JSON.parse(await readFile(join(dir, BESTANDSNAAM), "utf8")) as { aanvragen: Record<string, unknown>; conversaties: Record<string, unknown> };
  const vorm = Aanvraag.parse(Object.values(bestand.aanvragen)[0]);
  const store = await openPostgresStore({ url, afleiding: demoAfleiding });
  try {
    for (const [p, v] of Object.entries(bestand.conversaties)) await store.conversaties.bewaar(p, v as never);
    for (let i = 0; i < aantal; i++)
      await store.aanvragen.maak({ swvId: vorm.swvId, prefix: "MW", jaar: 2026, bouw: (nummer) => ({ ...structuredClone(vorm), id: randomUUID(), nummer, consulentId: personen[i % personen.length]! }) });
  } finally {
    await store.sluit();
  }
}
