import { constants } from "node:fs";
import { copyFile, rename } from "node:fs/promises";
import { OpslagFout, isOpslagFout } from "../fouten.js";
import type { BestandAdapter, Gelezen } from "./adapter.js";
import { vorigeVan } from "./schrijven.js";

/** How the store tells the operator something: one structured log line. */
export type Opslaglog = (niveau: "info" | "warn" | "error", bericht: string, velden?: Record<string, unknown>) => void;

const onleesbaar = (error: unknown) => isOpslagFout(error, "OPSLAG_CORRUPT") || isOpslagFout(error, "OPSLAG_SLEUTEL_ONJUIST");

/**
 * Checks the data file before the store opens it. When it is missing or unreadable
 * while its previous generation (`.vorige`) is good, the store does not start
 * (OPSLAG_VORIGE_BESCHIKBAAR) unless the operator asked for `herstel: "vorige"`: then the
 * bad file is kept as `.beschadigd-<time>`, the previous generation takes its place,
 * and an error line says so. A good file is never replaced. Resolves to whether it restored,
 * and to the data file as read when it was good (the store opens with it instead of
 * reading and parsing the whole file a second time).
 */
export async function controleerGeneraties(
  bestand: string,
  adapter: Pick<BestandAdapter, "lees" | "metSleutel">,
  opties: { herstel?: "vorige" | undefined; log: Opslaglog; nu: () => Date },
): Promise<{ hersteld: boolean; gelezen: Gelezen | null }> {
  let fout: unknown;
  let huidig: Gelezen | null = null;
  try {
    huidig = await adapter.lees(bestand);
  } catch (error) {
    if (!onleesbaar(error)) throw error;
    fout = error;
  }
  if (huidig) {
    if (opties.herstel) opties.log("warn", "OPSLAG_HERSTEL staat aan, maar het gegevensbestand is in orde: er is niets teruggezet. Haal de instelling weg.", { bestand });
    return { hersteld: false, gelezen: huidig };
  }
  const vorige = await adapter.lees(vorigeVan(bestand)).catch(() => null);
  // With a key, a plain previous generation may have been put there by someone else: never offered.
  if (!vorige || (adapter.metSleutel && vorige.onversleuteld)) {
    if (fout) throw fout;
    return { hersteld: false, gelezen: null };
  }
  const details = fout ? (fout as Error).message : "Het bestand ontbreekt.";
  if (opties.herstel !== "vorige") throw new OpslagFout("OPSLAG_VORIGE_BESCHIKBAAR", { bestand, vorige: vorigeVan(bestand), details });
  const beschadigd = `${bestand}.beschadigd-${opties.nu().toISOString().replace(/[:.]/g, "-")}`;
  if (fout) await rename(bestand, beschadigd);
  await copyFile(vorigeVan(bestand), bestand, constants.COPYFILE_EXCL);
  opties.log("error", "Opslag hersteld uit de vorige generatie (OPSLAG_HERSTEL=vorige); de laatste bevestigde wijziging vóór de storing kan ontbreken. Haal OPSLAG_HERSTEL weg.", {
    bestand,
    ...(fout ? { beschadigd } : {}),
    reden: fout ? (fout as OpslagFout).code : "ontbrak",
  });
  return { hersteld: true, gelezen: null };
}
