import type { Application, TeamsAdapter, TurnState } from "@microsoft/teams-ai";
import restify from "restify";
import { Binnenkomend, GEEN_ACTIVITEIT } from "./activiteit.js";

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
export function maakServer(app: Application<TurnState>, adapter: TeamsAdapter, gereed: () => Promise<string | undefined> = async () => undefined): restify.Server {
  const server = restify.createServer({ name: "maatwerkbot" });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  // restify's own refusals (bad JSON, too large, unknown path) answer in Dutch, without internals.
  server.on("restifyError", (_req: unknown, _res: unknown, err: { statusCode?: number; toJSON?: () => unknown }, klaar: () => void) => {
    const fout = HTTP_FOUTEN[err.statusCode ?? 500] ?? "Er ging iets mis aan onze kant.";
    err.toJSON = () => ({ fout });
    return klaar();
  });
  server.get("/healthz", async (_req, res) => {
    const reden = await gereed();
    if (reden === undefined) res.send(200, { status: "ok" });
    else res.send(503, { status: "niet gereed", reden });
  });
  server.post("/api/messages", async (req, res) => {
    if (!Binnenkomend.safeParse(req.body).success) {
      res.send(400, { fout: GEEN_ACTIVITEIT });
      return;
    }
    await adapter.process(req, res, async (context) => {
      await app.run(context);
    });
  });
  return server;
}
