import type restify from "restify";
import type { Download } from "../../src/services/downloadService.js";
import type { BotDeps } from "../deps.js";
import { fouttekst, tekstVoor } from "../fouttekst.js";

const html = (tekst: string) => tekst.replace(/[&<>"']/g, (t) => `&#${t.charCodeAt(0)};`);

/** A short Dutch page in the browser, never cached; extra headers such as Set-Cookie go along. */
export function pagina(res: restify.Response, status: number, tekst: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Download</title></head><body><p>${html(tekst)}</p></body></html>`);
}

/** The file of a link just used (the report's CSV or a beschikking's PDF), or a Dutch refusal; the service audits either. */
export async function lever(res: restify.Response, deps: Pick<BotDeps, "downloads">, link: Download, nu: string, headers: Record<string, string> = {}): Promise<void> {
  const uit = await deps.downloads.lever(link, nu);
  if (uit.soort === "geweigerd") return pagina(res, 403, fouttekst(uit.fout), headers);
  res.writeHead(200, { "content-type": uit.type, "content-disposition": `attachment; filename="${uit.bestandsnaam}"`, "cache-control": "no-store", ...headers });
  res.end(uit.inhoud);
}

/** The Dutch refusal of an unknown, used or expired link. */
export const ongeldig = (res: restify.Response, headers: Record<string, string> = {}) => pagina(res, 410, tekstVoor("DOWNLOAD_ONGELDIG"), headers);
