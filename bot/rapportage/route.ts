import type restify from "restify";
import { tekstVoor } from "../fouttekst.js";
import type { BotDeps } from "../deps.js";
import type { AanmeldCookie } from "./aanmeldCookie.js";
import { aanmeldFouten, TERUG_PAD, type Aanmelder } from "./aanmelden.js";
import { lever, ongeldig, pagina } from "./antwoord.js";

/** How the download routes bind a link to its person: by sign-in, not at all (anonymous local mode), or not set up. */
export type Binding = { soort: "verplicht"; aanmelder: Aanmelder; cookie: AanmeldCookie; terugUrl: () => string } | { soort: "open" } | { soort: "niet-ingericht" };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
type Handler = (req: restify.Request, res: restify.Response) => Promise<void>;

/** No stack trace to the browser: a failure is logged (its message only) and answered in Dutch. */
const veilig = (deps: BotDeps, handler: Handler): Handler => async (req, res) => {
  try {
    await handler(req, res);
  } catch (error) {
    deps.log("error", "Rapportage-download mislukt", { fout: (error as Error).message });
    if (!res.headersSent) pagina(res, 500, tekstVoor("SERVERFOUT"));
  }
};

/**
 * GET /rapportage/:token and /download/:token (the same links), and the sign-in callback. With sign-in required, the link sends the
 * browser to the identity provider; back at the callback, the ID token's `oid` must be the
 * link's person: then the link is used and the file (report CSV or beschikking PDF) is sent. Anyone else gets a 403, audited,
 * and the link stays usable for its owner. Unknown, used or expired links get a 410.
 */
export function rapportageRoutes(server: restify.Server, deps: BotDeps, binding: Binding): void {
  server.get(
    TERUG_PAD,
    veilig(deps, async (req, res) => {
      if (binding.soort !== "verplicht") return pagina(res, 404, tekstVoor("DOWNLOAD_NIET_INGERICHT"));
      const wis = { "set-cookie": binding.cookie.wis() };
      const nu = deps.klok();
      const lopend = await binding.cookie.lees(req.headers.cookie, nu);
      if (!lopend) return pagina(res, 400, aanmeldFouten.MISLUKT, wis);
      const callback = new URL(binding.terugUrl());
      callback.search = new URL(req.url ?? "", "http://x").search;
      let oid: string | undefined;
      try {
        ({ oid } = await binding.aanmelder.rond(callback, lopend));
        // Someone configured by e-mail is keyed by their address, bound to this object id at their first contact.
        oid = (await deps.identiteit.bekend(oid))?.id ?? oid;
      } catch (error) {
        deps.log("warn", "Aanmelden voor de rapportage geweigerd", { fout: (error as { code?: string }).code ?? (error as Error).name });
        return pagina(res, 400, aanmeldFouten.MISLUKT, wis);
      }
      const link = await deps.downloads.haalLink(lopend.token, nu.toISOString());
      if (!link) return ongeldig(res, wis);
      if (oid !== link.persoonId) {
        await deps.downloads.weigerAnder(link, oid ?? "onbekend (geen oid)", nu.toISOString());
        return pagina(res, 403, tekstVoor("DOWNLOAD_NIET_VOOR_JOU"), wis);
      }
      const gebruikt = await deps.downloads.gebruikLink(lopend.token, nu.toISOString(), oid);
      if (!gebruikt) return ongeldig(res, wis);
      await lever(res, deps, gebruikt, nu.toISOString(), wis);
    }),
  );
  const opToken = veilig(deps, async (req, res) => {
      const token = String((req.params as { token?: unknown }).token ?? "");
      const nu = deps.klok().toISOString();
      if (!TOKEN.test(token)) return ongeldig(res);
      switch (binding.soort) {
        case "open": {
          const link = await deps.downloads.gebruikLink(token, nu);
          return link ? lever(res, deps, link, nu) : ongeldig(res);
        }
        case "niet-ingericht":
          return pagina(res, 503, tekstVoor("DOWNLOAD_NIET_INGERICHT"));
        case "verplicht": {
          if (!(await deps.downloads.haalLink(token, nu))) return ongeldig(res);
          let naar: Awaited<ReturnType<Aanmelder["start"]>>;
          try {
            naar = await binding.aanmelder.start(token);
          } catch (error) {
            deps.log("warn", "Aanmeldservice niet bereikbaar", { fout: (error as { code?: string }).code ?? (error as Error).name });
            return pagina(res, 503, aanmeldFouten.ONBEREIKBAAR);
          }
          res.writeHead(302, { location: naar.url, "cache-control": "no-store", "set-cookie": await binding.cookie.zet(naar.lopend, deps.klok()) });
          res.end();
          return;
        }
        default:
          return binding satisfies never;
      }
  });
  // One link mechanism for every file: the report's links keep their address, a beschikking's is /download/<token>.
  server.get("/rapportage/:token", opToken);
  server.get("/download/:token", opToken);
}
