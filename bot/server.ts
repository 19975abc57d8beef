import type { Application, TurnState } from "@microsoft/teams-ai";
import type { Activity } from "botbuilder";
// botbuilder's own fix-up of an incoming activity (timestamps as dates); not exported from its index.
import { validateAndFixActivity } from "botbuilder/lib/activityValidator.js";
import restify from "restify";
import { Binnenkomend, GEEN_ACTIVITEIT } from "./activiteit.js";
import type { Teamsadapter } from "./adapter.js";
import type { Logger } from "./deps.js";
import { ONVERWACHTE_FOUT } from "./fouttekst.js";
import { AANMELDEN_NIET_BEREIKBAAR, lijktOpToken, MetadataOnbereikbaar, NIET_AANGEMELD } from "./toegang.js";

/** The largest request body the bot reads; larger ones are refused before parsing. */
export const MAX_BODY_BYTES = 512 * 1024;

/** What the server answers to requests it refuses itself, by status. */
const HTTP_FOUTEN: Record<number, string> = {
  400: "Ongeldig verzoek: geen geldige JSON.",
  404: "Niet gevonden.",
  405: "Deze methode kan hier niet.",
  413: `Ongeldig verzoek: groter dan ${MAX_BODY_BYTES / 1024} KB.`,
  415: "Ongeldig verzoek: stuur JSON (application/json).",
};

/**
 * The HTTP server: Bot Framework messages at POST /api/messages, and GET /healthz for liveness and
 * readiness at once: 200 when `gereed` finds nothing wrong, else 503 with its short Dutch reason.
 */
export function maakServer(app: Application<TurnState>, adapter: Teamsadapter, opties: { anoniem: boolean; log: Logger; gereed?: () => Promise<string | undefined> }): restify.Server {
  const server = restify.createServer({ name: "maatwerkbot" });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  // restify's own refusals (bad JSON, too large, unknown path) answer in Dutch, without internals.
  server.on("restifyError", (_req: unknown, _res: unknown, err: { statusCode?: number; toJSON?: () => unknown }, klaar: () => void) => {
    const fout = HTTP_FOUTEN[err.statusCode ?? 500] ?? "Er ging iets mis aan onze kant.";
    err.toJSON = () => ({ fout });
    return klaar();
  });
  server.get("/healthz", async (_req, res) => {
    const reden = await (opties.gereed?.() ?? Promise.resolve(undefined));
    if (reden === undefined) res.send(200, { status: "ok" });
    else res.send(503, { status: "niet gereed", reden });
  });
  server.post("/api/messages", async (req, res) => {
    if (!Binnenkomend.safeParse(req.body).success) {
      res.send(400, { fout: GEEN_ACTIVITEIT });
      return;
    }
    // Authentication first, so a refused token gets a fixed answer and never the library's text.
    const header = (req.headers.authorization as string | undefined) ?? "";
    if (!opties.anoniem && !lijktOpToken(header)) {
      res.send(401, NIET_AANGEMELD);
      return;
    }
    const activiteit = validateAndFixActivity(req.body as Activity);
    let aangemeld;
    try {
      aangemeld = await adapter.authenticeer(activiteit, header);
    } catch (error) {
      if (error instanceof MetadataOnbereikbaar) {
        opties.log("warn", "Token niet te controleren: de OpenID-metadata van de Bot Framework antwoordt niet", { fout: error.message });
        res.send(503, AANMELDEN_NIET_BEREIKBAAR);
      } else res.send(401, NIET_AANGEMELD);
      return;
    }
    try {
      const antwoord = await adapter.verwerk(aangemeld, activiteit, (context) => app.run(context).then(() => undefined));
      res.send(antwoord?.status ?? 200, antwoord?.body);
    } catch (error) {
      opties.log("error", "Verzoek niet verwerkt", { fout: (error as Error).message, stack: (error as Error).stack });
      res.send(500, { fout: ONVERWACHTE_FOUT });
    }
  });
  return server;
}
