import type { Aanvraag, AanvraagIn, Antwoord, Begroting, Beschikking, Dialoogronde, DoelEffect, Fase, Gebeurtenis, Status } from "./aanvraag.js";
import { faseLabel } from "./aanvraag.js";
import { langerDanMaanden, schooljaarVan, vergelijkDatum, type Periode, type Vakantie } from "./datum.js";
import { BESLISSING_MAX } from "./beslissingLimieten.js";
import { DomainError } from "./errors.js";
import { overSchooljaargrens, schooljaargrens, schoolweken, verdeelOverSchooljaren } from "./kalender.js";
import { criteriumVanType, type Regeling } from "./regeling.js";
import { toetsTekst } from "./tekst.js";
import { valideerAanvraag } from "./validatie.js";

/** Who acts: the person, and the decider they stand in for when they are a deputy. */
export interface Actor {
  door: string;
  namens?: string;
}

function vereisFase<F extends Fase>(a: Aanvraag, fasen: readonly F[], actie: string): asserts a is AanvraagIn<F> {
  if (!(fasen as readonly Fase[]).includes(a.status.fase))
    throw new DomainError("ONGELDIGE_OVERGANG", { van: faseLabel[a.status.fase], actie });
}

function volgende(
  a: Aanvraag,
  status: Status,
  soort: Gebeurtenis["soort"],
  actor: Actor,
  now: Date,
  toelichting?: string,
  wijziging: Partial<Pick<Aanvraag, "antwoorden" | "voorwaarden" | "stap" | "dialoog">> = {},
): Aanvraag {
  const op = now.toISOString();
  const gebeurtenis: Gebeurtenis = { op, door: actor.door, soort };
  if (actor.namens !== undefined) gebeurtenis.namens = actor.namens;
  if (toelichting !== undefined) gebeurtenis.toelichting = toelichting;
  return { ...a, ...wijziging, status, versie: a.versie + 1, bijgewerktOp: op, geschiedenis: [...a.geschiedenis, gebeurtenis] };
}

/** The amount asked for: the total of the budget. */
export function aangevraagdBedrag(a: Aanvraag, regeling: Regeling): number {
  const c = criteriumVanType(regeling, "begroting");
  const waarde = c ? (a.antwoorden[c.id] as Begroting | undefined) : undefined;
  return waarde?.totaal ?? 0;
}

/** The planned period, when filled in. */
export function geplandePeriode(a: Aanvraag, regeling: Regeling): Periode | undefined {
  const c = criteriumVanType(regeling, "periode");
  return c ? (a.antwoorden[c.id] as Periode | undefined) : undefined;
}

/** A new, empty draft. */
export function maakConcept(
  velden: Pick<Aanvraag, "id" | "nummer" | "swvId" | "regelingId" | "schoolBrin" | "consulentId"> & { verlengingVan?: string },
  now: Date,
): AanvraagIn<"concept"> {
  const op = now.toISOString();
  const a: Aanvraag = {
    ...velden,
    aangemaaktOp: op,
    bijgewerktOp: op,
    versie: 0,
    antwoorden: {},
    voorwaarden: {},
    stap: 0,
    status: { fase: "concept" },
    geschiedenis: [{ op, door: velden.consulentId, soort: "aangemaakt" }],
    dialoog: [],
    voortgang: { gesprekken: [], verzet: [], vervolgacties: [] },
  };
  if (velden.verlengingVan === undefined) delete a.verlengingVan;
  return a as AanvraagIn<"concept">;
}

/** Change the content of a draft, or of an aanvraag sent back for more. */
export function bewerk(
  a: Aanvraag,
  wijziging: { antwoorden?: Record<string, Antwoord | undefined>; voorwaarden?: Record<string, boolean>; stap?: number },
  actor: Actor,
  now: Date,
): Aanvraag {
  vereisFase(a, ["concept", "teruggestuurd"], "bewerkt");
  const antwoorden: Record<string, Antwoord> = { ...a.antwoorden };
  for (const [id, waarde] of Object.entries(wijziging.antwoorden ?? {})) {
    if (waarde === undefined) delete antwoorden[id];
    else antwoorden[id] = waarde;
  }
  return volgende(a, a.status, "bewerkt", actor, now, undefined, {
    antwoorden,
    voorwaarden: { ...a.voorwaarden, ...wijziging.voorwaarden },
    stap: wijziging.stap ?? a.stap,
  });
}

/** Submit a complete aanvraag to its decider; a resubmission stays with the decider who sent it back. An incomplete one is refused with its problems. */
export function dienIn(a: Aanvraag, regeling: Regeling, p: { beslisserId: string }, actor: Actor, now: Date): AanvraagIn<"ingediend"> {
  vereisFase(a, ["concept", "teruggestuurd"], "ingediend");
  const problemen = valideerAanvraag(regeling, a);
  if (problemen.length > 0) throw new DomainError("AANVRAAG_ONVOLLEDIG", { aantal: problemen.length }, problemen);
  const terug = a.status.fase === "teruggestuurd" ? a.status : undefined;
  const ronde = terug ? terug.ronde + 1 : 1;
  const beslisserId = terug ? terug.beslisserId : p.beslisserId;
  const status: Status = { fase: "ingediend", ingediendOp: now.toISOString(), beslisserId, ronde };
  const dialoog = terug ? a.dialoog.map((d, i) => (i === a.dialoog.length - 1 ? { ...d, opnieuwIngediendOp: now.toISOString() } : d)) : a.dialoog;
  return volgende(a, status, "ingediend", actor, now, undefined, { dialoog }) as AanvraagIn<"ingediend">;
}

/** The decider asks the consulent for more; the same decider gets the next version. A question over its limit or with a broken character is refused (TEKST_TE_LANG, ONGELDIGE_TEKENS), never cut. */
export function stuurTerug(a: Aanvraag, p: { vraag: string }, actor: Actor, now: Date): AanvraagIn<"teruggestuurd"> {
  vereisFase(a, ["ingediend"], "teruggestuurd");
  const vraag = toetsTekst("vraag", p.vraag.trim(), BESLISSING_MAX.toelichting);
  if (vraag === "") throw new DomainError("VRAAG_VERPLICHT");
  const status: Status = {
    fase: "teruggestuurd",
    vraag,
    op: now.toISOString(),
    door: actor.door,
    beslisserId: a.status.beslisserId,
    ronde: a.status.ronde,
  };
  const ronde: Dialoogronde = {
    ronde: a.dialoog.length + 1,
    vraag,
    gevraagdDoor: actor.door,
    gevraagdOp: now.toISOString(),
    inhoud: { versie: a.versie, antwoorden: a.antwoorden, voorwaarden: a.voorwaarden },
  };
  if (actor.namens !== undefined) ronde.namens = actor.namens;
  return volgende(a, status, "teruggestuurd", actor, now, vraag, { dialoog: [...a.dialoog, ronde] }) as AanvraagIn<"teruggestuurd">;
}

/**
 * The consulent answers the decider's open question; a later answer in the same round replaces it.
 * An answer over its limit or with a broken character is refused (TEKST_TE_LANG, ONGELDIGE_TEKENS), never cut.
 */
export function beantwoord(a: Aanvraag, p: { antwoord: string }, actor: Actor, now: Date): AanvraagIn<"teruggestuurd"> {
  vereisFase(a, ["teruggestuurd"], "beantwoord");
  const antwoord = toetsTekst("antwoord", p.antwoord.trim(), BESLISSING_MAX.antwoord);
  if (antwoord === "") throw new DomainError("ANTWOORD_VERPLICHT");
  const laatste = a.dialoog.at(-1);
  if (!laatste) throw new DomainError("ONGELDIGE_OVERGANG", { van: faseLabel[a.status.fase], actie: "beantwoord" });
  const dialoog = [...a.dialoog.slice(0, -1), { ...laatste, antwoord, beantwoordDoor: actor.door, beantwoordOp: now.toISOString() }];
  return volgende(a, a.status, "beantwoord", actor, now, antwoord, { dialoog }) as AanvraagIn<"teruggestuurd">;
}

/** The toelichting of a grant, trimmed ("" when none), refused when over its limit or with a broken character. */
export function toetsToelichting(toelichting: string | undefined): string {
  return toetsTekst("toelichting", toelichting?.trim() ?? "", BESLISSING_MAX.toelichting);
}

/** What a decider grants: at most the amount asked, a period and a number of school weeks. */
export interface Toekenning {
  beschikkingsnummer: string;
  bedrag: number;
  periode: Periode;
  schoolweken: number;
  toelichting?: string;
  bestuurInformeren?: boolean;
}

/**
 * Grant an aanvraag by beschikking (002: bekostiging en aantal schoolweken). The school
 * weeks may not exceed those of the period in the SWV's calendar; a period over 1 August
 * is refused unless the regeling splits it, and then each schooljaar gets its part. A
 * toelichting over its limit or with a broken character is refused (TEKST_TE_LANG,
 * ONGELDIGE_TEKENS), never cut.
 */
export function kenToe(a: Aanvraag, regeling: Regeling, t: Toekenning, actor: Actor, now: Date, vakanties: readonly Vakantie[] = []): AanvraagIn<"toegekend"> {
  vereisFase(a, ["ingediend"], "toegekend");
  const toelichting = toetsToelichting(t.toelichting);
  if (!Number.isInteger(t.bedrag) || t.bedrag <= 0) throw new DomainError("BEDRAG_ONGELDIG");
  if (t.bedrag > aangevraagdBedrag(a, regeling)) throw new DomainError("BEDRAG_BOVEN_AANGEVRAAGD");
  if (!Number.isInteger(t.schoolweken) || t.schoolweken < 1 || t.schoolweken > 52) throw new DomainError("SCHOOLWEKEN_ONGELDIG");
  if (vergelijkDatum(t.periode.eind, t.periode.start) < 0) throw new DomainError("PERIODE_ONGELDIG");
  const max = regeling.limieten.maxDuurMaanden;
  if (max !== undefined && langerDanMaanden(t.periode, max)) throw new DomainError("PERIODE_TE_LANG", { maanden: max });
  const maximum = schoolweken(t.periode, vakanties);
  if (t.schoolweken > maximum) throw new DomainError("SCHOOLWEKEN_BOVEN_PERIODE", { schoolweken: t.schoolweken, maximum });
  const gesplitst = overSchooljaargrens(t.periode);
  if (gesplitst && regeling.limieten.schooljaargrens !== "splitsen") throw new DomainError("PERIODE_OVER_SCHOOLJAARGRENS", schooljaargrens(t.periode));
  const beschikking: Beschikking = {
    nummer: t.beschikkingsnummer,
    bedrag: t.bedrag,
    periode: t.periode,
    schoolweken: t.schoolweken,
    schooljaar: schooljaarVan(t.periode.start),
    besluitOp: now.toISOString(),
    besluitDoor: actor.door,
    bestuurInformeren: t.bestuurInformeren ?? false,
  };
  if (gesplitst) beschikking.delen = verdeelOverSchooljaren(t.bedrag, t.periode, vakanties);
  if (actor.namens !== undefined) beschikking.namens = actor.namens;
  if (toelichting !== "") beschikking.toelichting = toelichting;
  return volgende(a, { fase: "toegekend", beschikking }, "toegekend", actor, now) as AanvraagIn<"toegekend">;
}

/** Refuse an aanvraag; the reasons are recorded (002: onderbouwing waarom niet toegekend). Reasons over their limit or with a broken character are refused (TEKST_TE_LANG, ONGELDIGE_TEKENS), never cut. */
export function wijsAf(a: Aanvraag, p: { reden: string }, actor: Actor, now: Date): AanvraagIn<"afgewezen"> {
  vereisFase(a, ["ingediend"], "afgewezen");
  const reden = toetsTekst("reden", p.reden.trim(), BESLISSING_MAX.toelichting);
  if (reden === "") throw new DomainError("REDEN_VERPLICHT");
  const status: Status = { fase: "afgewezen", reden, besluitOp: now.toISOString(), besluitDoor: actor.door };
  if (actor.namens !== undefined) status.namens = actor.namens;
  return volgende(a, status, "afgewezen", actor, now, reden) as AanvraagIn<"afgewezen">;
}

/** The granted support starts running. */
export function start(a: Aanvraag, actor: Actor, now: Date): AanvraagIn<"lopend"> {
  vereisFase(a, ["toegekend"], "gestart");
  const status: Status = { fase: "lopend", beschikking: a.status.beschikking, gestartOp: now.toISOString() };
  return volgende(a, status, "gestart", actor, now) as AanvraagIn<"lopend">;
}

/** Record the evaluation at the end; this closes the traject. */
export function sluitAf(a: Aanvraag, p: { antwoorden: Record<string, string | boolean>; perDoel?: DoelEffect[] }, actor: Actor, now: Date): AanvraagIn<"afgesloten"> {
  vereisFase(a, ["toegekend", "lopend"], "afgesloten");
  const evaluatie = { antwoorden: p.antwoorden, perDoel: p.perDoel ?? [], vastgelegdOp: now.toISOString(), vastgelegdDoor: actor.door };
  const status: Status = { fase: "afgesloten", beschikking: a.status.beschikking, evaluatie };
  return volgende(a, status, "afgesloten", actor, now) as AanvraagIn<"afgesloten">;
}

/** Withdraw an aanvraag that has not been decided yet. */
export function trekIn(a: Aanvraag, p: { reden?: string }, actor: Actor, now: Date): AanvraagIn<"ingetrokken"> {
  vereisFase(a, ["concept", "ingediend", "teruggestuurd"], "ingetrokken");
  const reden = p.reden?.trim();
  const status: Status = { fase: "ingetrokken", op: now.toISOString(), door: actor.door, vorigeFase: a.status.fase };
  if (reden) status.reden = reden;
  return volgende(a, status, "ingetrokken", actor, now, reden || undefined) as AanvraagIn<"ingetrokken">;
}
