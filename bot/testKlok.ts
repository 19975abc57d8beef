import type restify from "restify";
import { z } from "zod/v4";
import type { Logger } from "./log.js";

/** A clock that tests can move forward: the given clock plus an offset. */
export function verzetbareKlok(basis: () => Date) {
  let verschil = 0;
  return {
    klok: () => new Date(basis().getTime() + verschil),
    /** Moves the clock to `naar`; never backwards. */
    zet(naar: Date): void {
      verschil = Math.max(verschil, naar.getTime() - basis().getTime());
    },
  };
}

const Verzet = z.strictObject({ naar: z.iso.datetime({ offset: true }) });

/**
 * The test-only routes, registered only with TEST_KLOK=aan (never with credentials):
 * GET /_test/klok tells the bot's time; POST /_test/klok {"naar": ISO} moves it forward;
 * POST /_test/veeg runs one planner sweep. All answer with the bot's time now.
 */
export function testRoutes(server: restify.Server, klok: ReturnType<typeof verzetbareKlok>, veeg: () => Promise<void>, log: Logger): void {
  log("warn", "TEST_KLOK staat aan: de klok van de bot is via /_test/klok te verzetten. Alleen voor tests.");
  server.get("/_test/klok", (_req, res, next) => {
    res.send(200, { nu: klok.klok().toISOString() });
    return next();
  });
  server.post("/_test/klok", (req, res, next) => {
    const p = Verzet.safeParse(req.body);
    if (!p.success) res.send(400, { fout: 'Stuur {"naar": "<ISO-tijdstip>"}.' });
    else {
      klok.zet(new Date(p.data.naar));
      res.send(200, { nu: klok.klok().toISOString() });
    }
    return next();
  });
  server.post("/_test/veeg", async (_req, res) => {
    await veeg();
    res.send(200, { nu: klok.klok().toISOString() });
  });
}
