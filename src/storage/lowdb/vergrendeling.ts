import lockfile from "proper-lockfile";
import { OpslagFout } from "../fouten.js";

/** How long a lock of a dead process stays before another process may take it over. */
export const VERGRENDELING_VERLOOPT_MS = 10_000;

/**
 * Takes the exclusive lock on a data file, so no second process opens the same store.
 * A lock left by a killed process expires after VERGRENDELING_VERLOOPT_MS; `wachtMs`
 * waits up to that long for it. Resolves to the release function.
 */
export async function vergrendel(
  bestand: string,
  opties: { wachtMs: number; bijVerlies: (error: Error) => void },
): Promise<() => Promise<void>> {
  const pogingen = Math.ceil(opties.wachtMs / 500);
  try {
    return await lockfile.lock(bestand, {
      realpath: false,
      stale: VERGRENDELING_VERLOOPT_MS,
      retries: pogingen > 0 ? { retries: pogingen, minTimeout: 500, maxTimeout: 500, factor: 1 } : 0,
      onCompromised: opties.bijVerlies,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOCKED") throw new OpslagFout("OPSLAG_BEZET", { bestand });
    throw error;
  }
}
