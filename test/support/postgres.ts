import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";

/** A fresh, empty database on the test server; `weg` drops it. */
export async function nieuweDatabase(): Promise<{ url: string; weg: () => Promise<void> }> {
  const server = inject("databaseUrl");
  const naam = `mwb_${randomBytes(6).toString("hex")}`;
  const beheer = new pg.Client({ connectionString: server });
  await beheer.connect();
  try {
    await beheer.query(`CREATE DATABASE ${naam}`);
  } finally {
    await beheer.end();
  }
  const url = new URL(server);
  url.pathname = `/${naam}`;
  return {
    url: url.toString(),
    weg: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
