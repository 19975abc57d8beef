import { randomUUID } from "node:crypto";
import type { Configuratie } from "../config/configuratie.js";
import { teLaat } from "../scheduler/beslistermijn.js";
import type { Store, Uitgaand } from "../storage/ports.js";

/**
 * The lead-time sweep: reminders to deciders who passed the SWV's norm and, at twice
 * the norm, to staff. Each reminder is stored once by its key, whatever the number of
 * sweeps or processes; resolves to the number of new reminders.
 */
export async function veegBeslistermijnen(deps: { config: Configuratie; store: Store; klok: () => Date }): Promise<number> {
  const { config, store, klok } = deps;
  const now = klok();
  const aanvragen = await store.aanvragen.lijst({ swvId: config.swv.id, fasen: ["ingediend"] });
  const staf = config.swv.personen.filter((p) => p.rollen.some((r) => r.rol === "staf")).map((p) => p.id);
  const berichten: Uitgaand[] = [];
  for (const m of teLaat(aanvragen, now, config.swv.beslistermijnSchooldagen, config.swv.schoolvakanties)) {
    const a = aanvragen.find((x) => x.id === m.aanvraagId)!;
    if (a.status.fase !== "ingediend") continue;
    const ontvangers = m.niveau === "beslisser" ? [a.status.beslisserId] : staf;
    for (const persoonId of ontvangers)
      berichten.push({
        id: randomUUID(),
        persoonId,
        soort: m.niveau === "beslisser" ? "termijn-beslisser" : "termijn-staf",
        sleutel: `${m.sleutel}:${persoonId}`,
        aanvraagId: a.id,
        aangemaaktOp: now.toISOString(),
        pogingen: 0,
      });
  }
  return (await store.uitgaand.voegToeEenmalig(berichten)).length;
}
