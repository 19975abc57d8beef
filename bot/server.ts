import type { Application, TeamsAdapter, TurnState } from "@microsoft/teams-ai";
import restify from "restify";

/** The largest request body the bot reads; larger ones are refused before parsing. */
export const MAX_BODY_BYTES = 512 * 1024;

/** The HTTP server: Bot Framework messages at POST /api/messages, and GET /healthz. */
export function maakServer(app: Application<TurnState>, adapter: TeamsAdapter): restify.Server {
  const server = restify.createServer({ name: "maatwerkbot" });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false }));
  server.get("/healthz", (_req, res, next) => {
    res.send(200, { status: "ok" });
    return next();
  });
  server.post("/api/messages", async (req, res) => {
    await adapter.process(req, res, async (context) => {
      await app.run(context);
    });
  });
  return server;
}
