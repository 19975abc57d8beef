import { randomBytes } from "node:crypto";
import { beschikkingsbrief, isBesloten } from "../beschikking/brief.js";
import { tekenBrief, type Briefmiddelen } from "../beschikking/pdf.js";
import type { Configuratie } from "../config/configuratie.js";
import type { Aanvraag } from "../domain/aanvraag.js";
import { datumVan } from "../domain/datum.js";
import { DomainError } from "../domain/errors.js";
import { rapportage } from "../domain/rapportage.js";
import { actieveVervanger, heeftRol, rollenVan, type Vervanging } from "../domain/swv.js";
import type { Download, DownloadInhoud, Store } from "../storage/ports.js";
import { rapportageCsv } from "./rapportageCsv.js";
import { rapportageXlsx } from "./rapportageXlsx.js";
import { alleVervangingen } from "./vervanging.js";

export type { Download } from "../storage/ports.js";

/** How long a download link lives. */
export const LINK_GELDIG_MS = 10 * 60_000;

/** The content type of an Excel workbook (.xlsx). */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** What a used link yields: the file, or a Dutch refusal. */
export type Levering = { soort: "bestand"; bestandsnaam: string; type: string; inhoud: Buffer } | { soort: "geweigerd"; fout: DomainError<"ALLEEN_STAF" | "BESCHIKKING_NIET_VOOR_JOU"> };

/**
 * Who may see the beschikking of an aanvraag: staff; the consulent; the contactpersoon of its
 * school; who decided, the decider they stood in for, and that decider's vervanger on `datum`.
 */
export function magBeschikkingZien(config: Configuratie, vervangingen: readonly Vervanging[], a: Aanvraag, persoonId: string, datum: string): boolean {
  const swv = config.swv;
  if (a.swvId !== swv.id || !isBesloten(a)) return false;
  if (heeftRol(swv, persoonId, "staf") || a.consulentId === persoonId) return true;
  if (rollenVan(swv, persoonId).some((r) => r.rol === "contactpersoon" && r.scholen.includes(a.schoolBrin))) return true;
  const s = a.status;
  const { besluitDoor, namens } = s.fase === "afgewezen" ? s : s.beschikking;
  const beslisser = namens ?? besluitDoor;
  return persoonId === besluitDoor || persoonId === beslisser || actieveVervanger(vervangingen, beslisser, datum) === persoonId;
}

const actie = (inhoud: DownloadInhoud) => (inhoud.soort === "rapportage" ? "rapportage-download" : "beschikking-download");

/**
 * Download links of the report (CSV or .xlsx) and of beschikkingen (PDF): issued to one person after
 * checking they may have the file, checked again when used, every use and refusal audited.
 * The file is made at that moment from what is stored; nothing else is kept.
 */
export function downloadService(deps: { config: Configuratie; store: Store; klok: () => Date; middelen: Briefmiddelen }) {
  const { config, store, klok } = deps;

  const aanvraagVan = async (id: string) => {
    const a = await store.aanvragen.haal(id);
    return a && a.swvId === config.swv.id ? a : undefined;
  };
  /** The refusal for this person and file, or undefined when they may have it. */
  const weigering = async (persoonId: string, inhoud: DownloadInhoud, nu: Date): Promise<{ fout: DomainError<"ALLEEN_STAF" | "BESCHIKKING_NIET_VOOR_JOU">; reden: string } | undefined> => {
    if (inhoud.soort === "rapportage") return heeftRol(config.swv, persoonId, "staf") ? undefined : { fout: new DomainError("ALLEEN_STAF"), reden: `geen staf; ${inhoud.schooljaar}` };
    const a = await aanvraagVan(inhoud.aanvraagId);
    if (!a || !magBeschikkingZien(config, await alleVervangingen(config, store), a, persoonId, datumVan(nu)))
      return { fout: new DomainError("BESCHIKKING_NIET_VOOR_JOU"), reden: "niet betrokken bij de aanvraag" };
    return undefined;
  };
  const aanvraagIdVan = (inhoud: DownloadInhoud) => (inhoud.soort === "beschikking" ? { aanvraagId: inhoud.aanvraagId } : {});

  return {
    /** A fresh link for this person to this file, for ten minutes; DomainError when they may not have it or there is no beschikking yet. */
    async maakLink(persoonId: string, inhoud: DownloadInhoud): Promise<Download> {
      const nu = klok();
      if (inhoud.soort === "beschikking") {
        const a = await aanvraagVan(inhoud.aanvraagId);
        if (a && !isBesloten(a)) throw new DomainError("GEEN_BESCHIKKING", { nummer: a.nummer });
      }
      const nee = await weigering(persoonId, inhoud, nu);
      if (nee) throw nee.fout;
      const link: Download = { token: randomBytes(32).toString("base64url"), persoonId, ...inhoud, verlooptOp: new Date(nu.getTime() + LINK_GELDIG_MS).toISOString() } as Download;
      await store.downloads.maak(link);
      return link;
    },

    /** The file of a link just used by its person, made now; refused (and audited) when their right is gone. */
    async lever(link: Download, nu: string): Promise<Levering> {
      const nee = await weigering(link.persoonId, link, new Date(nu));
      const basis = { op: nu, actor: link.persoonId, actie: actie(link), ...aanvraagIdVan(link) };
      if (nee) {
        await store.audit.voegToe({ ...basis, uitkomst: "geweigerd", reden: nee.reden });
        return { soort: "geweigerd", fout: nee.fout };
      }
      if (link.soort === "rapportage") {
        const regels = rapportage(config.swv, config.regelingen, await store.aanvragen.lijst({ swvId: config.swv.id }), link.schooljaar);
        const xlsx = link.formaat === "xlsx";
        await store.audit.voegToe({ ...basis, uitkomst: "toegestaan", reden: `${link.schooljaar}; ${xlsx ? "xlsx" : "csv"}` });
        return xlsx
          ? { soort: "bestand", bestandsnaam: `rapportage-${link.schooljaar}.xlsx`, type: XLSX_TYPE, inhoud: await rapportageXlsx(regels, link.schooljaar, datumVan(new Date(nu))) }
          : { soort: "bestand", bestandsnaam: `rapportage-${link.schooljaar}.csv`, type: "text/csv; charset=utf-8", inhoud: Buffer.from(rapportageCsv(regels)) };
      }
      const a = (await aanvraagVan(link.aanvraagId))!;
      const regeling = config.regelingen.find((r) => r.id === a.regelingId);
      if (!regeling) throw new DomainError("REGELING_ONBEKEND", { id: a.regelingId });
      const brief = beschikkingsbrief(config.swv, regeling, a);
      const pdf = await tekenBrief(brief, deps.middelen);
      await store.audit.voegToe({ ...basis, uitkomst: "toegestaan", reden: brief.eigenschappen.titel });
      return { soort: "bestand", bestandsnaam: brief.bestandsnaam, type: "application/pdf", inhoud: pdf };
    },

    /** The link when it is still usable at `nu`; it stays unused. */
    haalLink: (token: string, nu: string): Promise<Download | undefined> => store.downloads.haal(token, nu),
    /** Uses a link once (for `persoonId` when given); undefined when it cannot be used. */
    gebruikLink: (token: string, nu: string, persoonId?: string): Promise<Download | undefined> => store.downloads.gebruik(token, nu, persoonId),

    /** Audits a signed-in person who opened someone else's link. */
    async weigerAnder(link: Download, actor: string, nu: string): Promise<void> {
      const wat = link.soort === "rapportage" ? link.schooljaar : "beschikking";
      await store.audit.voegToe({ op: nu, actor, actie: actie(link), uitkomst: "geweigerd", ...aanvraagIdVan(link), reden: `link van een ander; ${wat}` });
    },
  };
}

/** The download service as built for one configuration. */
export type DownloadService = ReturnType<typeof downloadService>;
