import type { Configuratie } from "../config/configuratie.js";
import { afdrukkenVan, beschrijfWijzigingen } from "../config/wijzigingen.js";
import type { Store } from "../storage/ports.js";

/** Where the keys of the last snapshot are kept. */
const SLEUTELS = "sleutels";

/**
 * At start: compares each regeling and the SWV configuration with what the bot ran with before
 * (the snapshot in the store), logs one readable Dutch line per change, and keeps the new snapshot.
 * Resolves to the lines. Aanvragen are not touched: a draft meets the current rules when it is
 * submitted, a granted aanvraag keeps its beschikking.
 */
export async function meldWijzigingen(store: Store, config: Configuratie, log: (niveau: "info", bericht: string, velden?: Record<string, unknown>) => void): Promise<string[]> {
  const nieuw = afdrukkenVan(config);
  const sleutels = (await store.afdrukken.haal(SLEUTELS)) as string[] | undefined;
  const oud = new Map<string, unknown>();
  for (const s of sleutels ?? []) oud.set(s, await store.afdrukken.haal(s));
  const regels = sleutels ? beschrijfWijzigingen(oud, nieuw) : [];
  if (!sleutels) log("info", "Configuratie vastgelegd; bij een volgende start meldt de bot wat er veranderd is");
  for (const regel of regels) log("info", `Configuratie gewijzigd: ${regel}`, { soort: "configuratie-gewijzigd" });
  if (sleutels && regels.length === 0) log("info", "Configuratie ongewijzigd sinds de vorige start");
  await store.afdrukken.bewaar(new Map([...nieuw, [SLEUTELS, [...nieuw.keys()]]]));
  return regels;
}
