import { randomBytes } from "node:crypto";
import type restify from "restify";
import { z } from "zod/v4";
import { renderCard } from "../../cards/render.js";
import { rapportage } from "../../src/domain/rapportage.js";
import { heeftRol } from "../../src/domain/swv.js";
import { rapportageCsv } from "../../src/services/rapportageCsv.js";
import type { BotDeps } from "../deps.js";
import { toonMelding } from "../formulier/toon.js";
import { veiligeActie } from "../actions/veilig.js";

/** How long a download link of the report lives. */
export const LINK_GELDIG_MS = 10 * 60_000;
const ALLEEN_STAF = "Alleen de staf van het samenwerkingsverband kan de rapportage downloaden.";
const Data = z.object({ schooljaar: z.string().regex(/^\d{4}-\d{4}$/) });

/**
 * "Download als CSV" on the report card: for staff (checked on the server), a fresh link
 * that works once, for ten minutes, issued to this person only and audited when used.
 */
export function rapportageDownload(deps: BotDeps, basisUrl: () => string) {
  return veiligeActie(deps, async (_context, actor, ruw) => {
    if (!heeftRol(deps.config.swv, actor.id, "staf")) return toonMelding("Rapportage", ALLEEN_STAF);
    const d = Data.safeParse(ruw);
    if (!d.success) return toonMelding("Rapportage", "Deze kaart is niet meer geldig; vraag de rapportage opnieuw op.");
    const token = randomBytes(32).toString("base64url");
    const verlooptOp = new Date(deps.klok().getTime() + LINK_GELDIG_MS);
    await deps.store.downloads.maak({ token, persoonId: actor.id, schooljaar: d.data.schooljaar, verlooptOp: verlooptOp.toISOString() });
    return renderCard("link", {
      titel: `Rapportage ${d.data.schooljaar} als CSV`,
      tekst: "Deze link is alleen voor jou, werkt één keer en verloopt over tien minuten. Deel hem niet.",
      knop: "Download CSV",
      url: `${basisUrl()}/rapportage/${token}`,
    });
  });
}

/** GET /rapportage/:token — the CSV for a valid link; a Dutch refusal (410) for an unknown, used or expired one. */
export function rapportageRoute(server: restify.Server, deps: BotDeps): void {
  server.get("/rapportage/:token", async (req, res) => {
    const token = String((req.params as { token?: unknown }).token ?? "");
    const nu = deps.klok().toISOString();
    const link = /^[A-Za-z0-9_-]{43}$/.test(token) ? await deps.store.downloads.gebruik(token, nu) : undefined;
    if (!link) {
      res.writeHead(410, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end("Deze link is verlopen, al gebruikt of bestaat niet. Vraag in de chat opnieuw om de rapportage.");
      return;
    }
    if (!heeftRol(deps.config.swv, link.persoonId, "staf")) {
      res.writeHead(403, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      res.end(ALLEEN_STAF);
      return;
    }
    const regels = rapportage(deps.config.swv, deps.config.regelingen, await deps.store.aanvragen.lijst({ swvId: deps.config.swv.id }), link.schooljaar);
    await deps.store.audit.voegToe({ op: nu, actor: link.persoonId, actie: "rapportage-download", uitkomst: "toegestaan", reden: link.schooljaar });
    res.writeHead(200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="rapportage-${link.schooljaar}.csv"`,
      "cache-control": "no-store",
    });
    res.end(`\uFEFF${rapportageCsv(regels)}`);
  });
}
