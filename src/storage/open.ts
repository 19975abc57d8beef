import { resolve } from "node:path";
import type { Omgeving } from "../config/omgeving.js";
import type { Budgetafleiding } from "../domain/budget.js";
import type { Opslaglog } from "./lowdb/herstel.js";
import { openLowdbStore } from "./lowdb/store.js";
import type { Store } from "./ports.js";

/** The store the environment asks for: the embedded file (default) or PostgreSQL; `afleiding` is how an aanvraag counts for the budget. */
export async function openStore(omgeving: Omgeving, afleiding: Budgetafleiding, log?: Opslaglog): Promise<Store> {
  // Loaded only for PostgreSQL: the embedded store does not carry pg (about 4 MB).
  if (omgeving.STORE === "postgres") return (await import("./postgres/store.js")).openPostgresStore({ url: omgeving.DATABASE_URL!, maxVerbindingen: omgeving.DATABASE_POOL_MAX, afleiding });
  return openLowdbStore({ dataDir: resolve(omgeving.DATA_DIR), wachtOpVergrendelingMs: omgeving.STORE_LOCK_WAIT_MS, afleiding, herstel: omgeving.OPSLAG_HERSTEL, versleutelen: omgeving.OPSLAG_VERSLEUTELEN === "ja", ...(log ? { log } : {}), ...(omgeving.OPSLAG_SLEUTEL ? { sleutel: omgeving.OPSLAG_SLEUTEL } : {}) });
}
