import { DateTime } from "luxon";
import type { Aanvraag, Antwoord, Beschikking } from "./aanvraag.js";
import type { Regeling } from "./regeling.js";
import type { Opruimtermijnen } from "./swv.js";

/** What stays of a text that held pupil data. */
export const VERWIJDERD = "[verwijderd na de bewaartermijn]";

/** When an aanvraag ended: evaluation recorded, refused, or withdrawn; undefined while it runs. */
export function eindeVan(a: Aanvraag): string | undefined {
  switch (a.status.fase) {
    case "afgesloten":
      return a.status.evaluatie.vastgelegdOp;
    case "afgewezen":
      return a.status.besluitOp;
    case "ingetrokken":
      return a.status.op;
    default:
      return undefined;
  }
}

/** Whether the retention period of an ended aanvraag has passed and its pupil data must go. */
export function bewaartermijnVerstreken(a: Aanvraag, jaren: number, now: Date): boolean {
  const einde = eindeVan(a);
  return a.geanonimiseerdOp === undefined && einde !== undefined && DateTime.fromISO(einde).plus({ years: jaren }) <= DateTime.fromJSDate(now);
}

/** The terms for unfinished aanvragen of a regeling: its own where it sets them, the SWV's otherwise. */
export function termijnenVoor(swv: Opruimtermijnen, r: Regeling | undefined): Opruimtermijnen {
  return { ...swv, ...(r?.opruimen?.conceptDagen !== undefined ? { conceptDagen: r.opruimen.conceptDagen } : {}), ...(r?.opruimen?.stilstandDagen !== undefined ? { stilstandDagen: r.opruimen.stilstandDagen } : {}) };
}

/** What the retention sweep does with an unfinished aanvraag now: announce a concept's deletion, delete it, or close a stalled aanvraag. */
export type Opruimstap = "aankondigen" | "verwijderen" | "sluiten";

const verstreken = (op: string, dagen: number, now: Date) => DateTime.fromISO(op).plus({ days: dagen }) <= DateTime.fromJSDate(now);

/** Whether a concept's deletion was announced and not cancelled by an edit since. */
function aangekondigd(a: Aanvraag): a is Aanvraag & { opruimingAangekondigdOp: string } {
  return a.opruimingAangekondigdOp !== undefined && a.opruimingAangekondigdOp >= a.bijgewerktOp;
}

/**
 * The step due for an unfinished aanvraag: a concept untouched for `conceptDagen` is announced,
 * and deleted `waarschuwingDagen` after the announcement unless edited since; an ingediend or
 * teruggestuurd aanvraag without any change for `stilstandDagen` is closed.
 */
export function opruimStap(a: Aanvraag, t: Opruimtermijnen, now: Date): Opruimstap | undefined {
  switch (a.status.fase) {
    case "concept":
      if (aangekondigd(a)) return verstreken(a.opruimingAangekondigdOp, t.waarschuwingDagen, now) ? "verwijderen" : undefined;
      return verstreken(a.bijgewerktOp, t.conceptDagen, now) ? "aankondigen" : undefined;
    case "ingediend":
    case "teruggestuurd":
      return verstreken(a.bijgewerktOp, t.stilstandDagen, now) ? "sluiten" : undefined;
    default:
      return undefined;
  }
}

/** The day an announced concept is deleted, as an ISO date; undefined when none is announced. */
export function verwijderdVanaf(a: Aanvraag, t: Opruimtermijnen): string | undefined {
  return aangekondigd(a) ? DateTime.fromISO(a.opruimingAangekondigdOp).plus({ days: t.waarschuwingDagen }).toISODate() ?? undefined : undefined;
}

/** The concept with its deletion announced now; `bijgewerktOp` stays, so an edit afterwards cancels it. */
export function kondigOpruimingAan(a: Aanvraag, now: Date): Aanvraag {
  return { ...a, opruimingAangekondigdOp: now.toISOString(), versie: a.versie + 1 };
}

const zonderToelichting = (b: Beschikking): Beschikking => (b.toelichting ? { ...b, toelichting: VERWIJDERD } : b);

/** The status without the free texts people wrote in it (a refusal's reason, a question, a grant's explanation, evaluation answers in words, goals). */
function zonderVrijeTekst(s: Aanvraag["status"]): Aanvraag["status"] {
  switch (s.fase) {
    case "afgesloten": {
      const antwoorden = Object.fromEntries(Object.entries(s.evaluatie.antwoorden).map(([k, v]) => [k, typeof v === "string" && !["ja", "deels", "nee"].includes(v) ? VERWIJDERD : v]));
      return { ...s, beschikking: zonderToelichting(s.beschikking), evaluatie: { ...s.evaluatie, antwoorden, perDoel: s.evaluatie.perDoel.map((d) => ({ ...d, doel: VERWIJDERD })) } };
    }
    case "toegekend":
    case "lopend":
      return { ...s, beschikking: zonderToelichting(s.beschikking) };
    case "teruggestuurd":
      return { ...s, vraag: VERWIJDERD };
    case "afgewezen":
      return { ...s, reden: VERWIJDERD };
    case "ingetrokken":
      return s.reden === undefined ? s : { ...s, reden: VERWIJDERD };
    default:
      return s;
  }
}

/**
 * The aanvraag without pupil data: pupils reduced to a count (references, initials and names
 * gone), every free text, documents, the begroting's descriptions and the notes of gesprekken
 * and evaluation removed. What the SWV accounts for stays:
 * school, regeling, choices, period, amounts, decision, outcome ratings.
 */
export function anonimiseer(a: Aanvraag, r: Regeling, now: Date): Aanvraag {
  const antwoorden: Record<string, Antwoord> = {};
  for (const [id, w] of Object.entries(a.antwoorden)) {
    const c = r.criteria.find((x) => x.id === id);
    if (c?.type === "leerlingen" && Array.isArray(w)) antwoorden[id] = (w as unknown[]).map((_, i) => ({ referentie: `leerling ${i + 1}`, initialen: "-", geboortejaar: 2000 }));
    else if (c?.type === "document") antwoorden[id] = { referentie: VERWIJDERD };
    else if (c?.type === "begroting" && typeof w === "object" && w !== null && "regels" in w)
      antwoorden[id] = { ...w, regels: w.regels.map((regel) => ({ ...regel, omschrijving: VERWIJDERD })) };
    else if (c === undefined || c.type === "tekst" || c.type === "langeTekst") antwoorden[id] = typeof w === "string" ? VERWIJDERD : w;
    else antwoorden[id] = w;
  }
  const status = zonderVrijeTekst(a.status);
  const op = now.toISOString();
  return {
    ...a,
    antwoorden,
    status,
    voortgang: {
      ...a.voortgang,
      gesprekken: a.voortgang.gesprekken.map((g) => ({ ...g, deelnemers: VERWIJDERD, notities: "", vervolgstappen: "", perDoel: g.perDoel.map((d) => ({ ...d, doel: VERWIJDERD })) })),
      verzet: a.voortgang.verzet.map((v) => ({ ...v, reden: VERWIJDERD })),
      vervolgacties: a.voortgang.vervolgacties.map((v) => ({ ...v, toelichting: "" })),
    },
    dialoog: a.dialoog.map((d) => ({
      ...d,
      vraag: VERWIJDERD,
      ...(d.antwoord !== undefined ? { antwoord: VERWIJDERD } : {}),
      inhoud: { versie: d.inhoud.versie, antwoorden: {}, voorwaarden: {} },
    })),
    geschiedenis: [...a.geschiedenis.map((g) => (g.toelichting ? { ...g, toelichting: VERWIJDERD } : g)), { op, door: "systeem", soort: "geanonimiseerd" }],
    geanonimiseerdOp: op,
    opruimingAangekondigdOp: undefined,
    versie: a.versie + 1,
    bijgewerktOp: op,
  };
}
