import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Pool, PoolClient } from "pg";
import { OpslagFout } from "../fouten.js";

const MAP = fileURLToPath(new URL("./migraties/", import.meta.url));
/** Any fixed number: the advisory lock every instance takes while it migrates. */
const MIGRATIESLOT = 7_305_011;

/** A versioned SQL migration: `NNN_naam.sql` in the migraties folder. */
export interface Migratie {
  versie: number;
  naam: string;
  sql: string;
}

/** The migrations shipped with this build, oldest first. */
export async function migraties(): Promise<Migratie[]> {
  const bestanden = (await readdir(MAP)).filter((f) => /^\d{3}_[a-z0-9-]+\.sql$/.test(f)).sort();
  return Promise.all(bestanden.map(async (f) => ({ versie: Number(f.slice(0, 3)), naam: f.slice(4, -4), sql: await readFile(MAP + f, "utf8") })));
}

/**
 * Brings the database to this build's schema: each migration not applied yet, in its own
 * transaction, under an advisory lock, so instances starting at the same moment migrate
 * once and wait for each other; `daarna` runs under the same lock once the schema is
 * current. Resolves to the versions it applied.
 */
export async function migreer(pool: Pool, lijst?: readonly Migratie[], daarna?: (client: PoolClient) => Promise<unknown>): Promise<number[]> {
  const alle = lijst ?? (await migraties());
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATIESLOT]);
    await client.query("CREATE TABLE IF NOT EXISTS schema_migraties (versie integer PRIMARY KEY, naam text NOT NULL, toegepast_op timestamptz NOT NULL DEFAULT now())");
    const gedaan = new Set((await client.query<{ versie: number }>("SELECT versie FROM schema_migraties")).rows.map((r) => r.versie));
    const nieuwste = Math.max(0, ...alle.map((m) => m.versie));
    const inDatabase = Math.max(0, ...gedaan);
    if (inDatabase > nieuwste) throw new OpslagFout("DATABASE_NIEUWERE_VERSIE", { versie: inDatabase, ondersteund: nieuwste });
    const toegepast: number[] = [];
    for (const m of alle) {
      if (gedaan.has(m.versie)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query("INSERT INTO schema_migraties (versie, naam) VALUES ($1, $2)", [m.versie, m.naam]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      toegepast.push(m.versie);
    }
    await daarna?.(client);
    return toegepast;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATIESLOT]).catch(() => undefined);
    client.release();
  }
}
