import type restify from "restify";
import { rapportage } from "../../src/domain/rapportage.js";
import { heeftRol } from "../../src/domain/swv.js";
import { foutcatalogus } from "../../src/domain/errors.js";
import type { Download } from "../../src/storage/ports.js";
import { rapportageCsv } from "../../src/services/rapportageCsv.js";
import type { BotDeps } from "../deps.js";

/** The refusal for a download by someone who is not (or no longer) staff. */
export const ALLEEN_STAF = "Alleen de staf van het samenwerkingsverband kan de rapportage downloaden.";

const html = (tekst: string) => tekst.replace(/[&<>"']/g, (t) => `&#${t.charCodeAt(0)};`);

/** A short Dutch page in the browser, never cached; extra headers such as Set-Cookie go along. */
export function pagina(res: restify.Response, status: number, tekst: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Rapportage</title></head><body><p>${html(tekst)}</p></body></html>`);
}

/** The CSV of a link just used, for staff only; audited. */
export async function leverCsv(res: restify.Response, deps: BotDeps, link: Download, nu: string, headers: Record<string, string> = {}): Promise<void> {
  if (!heeftRol(deps.config.swv, link.persoonId, "staf")) {
    await deps.store.audit.voegToe({ op: nu, actor: link.persoonId, actie: "rapportage-download", uitkomst: "geweigerd", reden: `geen staf; ${link.schooljaar}` });
    pagina(res, 403, ALLEEN_STAF, headers);
    return;
  }
  const regels = rapportage(deps.config.swv, deps.config.regelingen, await deps.store.aanvragen.lijst({ swvId: deps.config.swv.id }), link.schooljaar);
  await deps.store.audit.voegToe({ op: nu, actor: link.persoonId, actie: "rapportage-download", uitkomst: "toegestaan", reden: link.schooljaar });
  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="rapportage-${link.schooljaar}.csv"`,
    "cache-control": "no-store",
    ...headers,
  });
  res.end(rapportageCsv(regels));
}

/** The Dutch refusal of an unknown, used or expired link. */
export const ongeldig = (res: restify.Response, headers: Record<string, string> = {}) => pagina(res, 410, foutcatalogus.DOWNLOAD_ONGELDIG(), headers);
