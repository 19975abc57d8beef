import { DateTime } from "luxon";
import type { Aanvraag, Antwoord } from "./aanvraag.js";
import type { Regeling } from "./regeling.js";

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

/** The status without the free texts people wrote in it (a refusal's reason, evaluation answers in words, goals). */
function zonderVrijeTekst(s: Aanvraag["status"]): Aanvraag["status"] {
  switch (s.fase) {
    case "afgesloten": {
      const antwoorden = Object.fromEntries(Object.entries(s.evaluatie.antwoorden).map(([k, v]) => [k, typeof v === "string" && !["ja", "deels", "nee"].includes(v) ? VERWIJDERD : v]));
      return { ...s, evaluatie: { ...s.evaluatie, antwoorden, perDoel: s.evaluatie.perDoel.map((d) => ({ ...d, doel: VERWIJDERD })) } };
    }
    case "afgewezen":
      return { ...s, reden: VERWIJDERD };
    case "ingetrokken":
      return s.reden === undefined ? s : { ...s, reden: VERWIJDERD };
    default:
      return s;
  }
}

/**
 * The aanvraag without pupil data: pupils reduced to a count, free texts, documents and
 * the notes of gesprekken and evaluation removed. What the SWV accounts for stays:
 * school, regeling, choices, period, amounts, decision, outcome ratings.
 */
export function anonimiseer(a: Aanvraag, r: Regeling, now: Date): Aanvraag {
  const antwoorden: Record<string, Antwoord> = {};
  for (const [id, w] of Object.entries(a.antwoorden)) {
    const c = r.criteria.find((x) => x.id === id);
    if (c?.type === "leerlingen" && Array.isArray(w)) antwoorden[id] = (w as unknown[]).map((_, i) => ({ referentie: `leerling ${i + 1}`, initialen: "-", geboortejaar: 2000 }));
    else if (c?.type === "document") antwoorden[id] = { referentie: VERWIJDERD };
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
    versie: a.versie + 1,
    bijgewerktOp: op,
  };
}
