import type { Aanvraag, UitgevoerdeVervolgactie } from "./aanvraag.js";
import { faseLabel } from "./aanvraag.js";
import { DateTime } from "luxon";
import { datumVan, IsoDatum, TIJDZONE, vergelijkDatum } from "./datum.js";
import { DomainError } from "./errors.js";
import type { Actor } from "./lifecycle.js";
import type { Regeling } from "./regeling.js";
import { toetsTekst } from "./tekst.js";
import { VOORTGANG_MAX } from "./voortgangLimieten.js";

/** A follow-up item still to be done, numbered as in the regeling, due on `datum`. */
export interface OpenVervolgactie {
  id: string;
  label: string;
  volgnummer: number;
  datum: IsoDatum;
  teLaatNaDagen: number;
}

/** Granted aanvragen, running or closed: follow-up items come after the support (innovatie: presentations of the results). */
function heeftBeschikking(a: Aanvraag): a is Aanvraag & { status: { fase: "toegekend" | "lopend" | "afgesloten" } } {
  return a.status.fase === "toegekend" || a.status.fase === "lopend" || a.status.fase === "afgesloten";
}

/** The follow-up items of a granted aanvraag that are not recorded as done. */
export function openVervolgacties(a: Aanvraag, r: Regeling): OpenVervolgactie[] {
  if (!heeftBeschikking(a)) return [];
  const eind = (a.status as { beschikking: { periode: { eind: IsoDatum } } }).beschikking.periode.eind;
  const gedaan = new Set(a.voortgang.vervolgacties.map((v) => v.id));
  return r.vervolgacties.flatMap((v, i) =>
    gedaan.has(v.id)
      ? []
      : [{ id: v.id, label: v.label, volgnummer: i + 1, teLaatNaDagen: v.teLaatNaDagen, datum: DateTime.fromISO(eind, { zone: TIJDZONE }).plus({ days: v.dagenNaEinde }).toISODate()! }],
  );
}

/** Record a follow-up item as done, once. */
export function legVervolgactieVast(a: Aanvraag, r: Regeling, v: Omit<UitgevoerdeVervolgactie, "vastgelegdOp" | "vastgelegdDoor">, actor: Actor, now: Date): Aanvraag {
  if (!heeftBeschikking(a)) throw new DomainError("ONGELDIGE_OVERGANG", { van: faseLabel[a.status.fase], actie: "bijgewerkt met een vervolgactie" });
  const open = openVervolgacties(a, r).find((x) => x.id === v.id);
  if (!open) throw new DomainError("AFSPRAAK_ONBEKEND");
  if (!IsoDatum.safeParse(v.gedaanOp).success) throw new DomainError("DATUM_ONGELDIG");
  if (vergelijkDatum(v.gedaanOp, datumVan(now)) > 0) throw new DomainError("DATUM_IN_TOEKOMST");
  const op = now.toISOString();
  const toelichting = toetsTekst("toelichting", v.toelichting.trim(), VOORTGANG_MAX.vervolgactieToelichting);
  const uitgevoerd: UitgevoerdeVervolgactie = { ...v, toelichting, vastgelegdOp: op, vastgelegdDoor: actor.door };
  return {
    ...a,
    voortgang: { ...a.voortgang, vervolgacties: [...a.voortgang.vervolgacties, uitgevoerd] },
    versie: a.versie + 1,
    bijgewerktOp: op,
    geschiedenis: [...a.geschiedenis, { op, door: actor.door, soort: "vervolgactie", toelichting: open.label }],
  };
}
