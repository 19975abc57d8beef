import { z } from "zod/v4";
import { Begroting, Documentverwijzing, Leerling, type Antwoord } from "./aanvraag.js";
import { IsoDatum, langerDanMaanden, Periode, vergelijkDatum } from "./datum.js";
import { formatBedrag } from "./geld.js";
import { overSchooljaargrens, schooljaargrens } from "./kalender.js";
import { probleem, type Probleem } from "./meldingen.js";
import type { Criterium, Regeling } from "./regeling.js";
import { ontbrekend } from "./voorwaarden.js";

/** The content of an aanvraag that the form fills in. */
export interface Inhoud {
  antwoorden: Readonly<Record<string, Antwoord>>;
  voorwaarden: Readonly<Record<string, boolean>>;
}

/** The field id under which checklist problems are reported. */
export const VOORWAARDEN_VELD = "voorwaarden";

function leeg(waarde: Antwoord): boolean {
  if (typeof waarde === "string") return waarde.trim() === "";
  if (Array.isArray(waarde)) return waarde.length === 0;
  if (typeof waarde === "object" && "regels" in waarde) return waarde.regels.length === 0 && waarde.totaal === 0;
  return false;
}

function getalTekst(n: number, type: "getal" | "bedrag"): string {
  return type === "bedrag" ? formatBedrag(n) : String(n);
}

/** Check one criterion's answer against its type, constraints and the regeling's limits. */
export function valideerCriterium(c: Criterium, waarde: Antwoord | undefined, regeling: Regeling): Probleem[] {
  if (waarde === undefined || leeg(waarde)) return c.verplicht ? [probleem(c.id, "VERPLICHT", { label: c.label })] : [];
  const fout = (): Probleem[] => [probleem(c.id, "ONGELDIGE_WAARDE")];
  switch (c.type) {
    case "tekst":
    case "langeTekst": {
      if (typeof waarde !== "string") return fout();
      const lengte = waarde.trim().length;
      if (c.type === "langeTekst" && lengte < c.minLengte) return [probleem(c.id, "TE_KORT", { min: c.minLengte })];
      if (lengte > c.maxLengte) return [probleem(c.id, "TE_LANG", { max: c.maxLengte })];
      return [];
    }
    case "getal":
    case "bedrag": {
      if (typeof waarde !== "number" || !Number.isFinite(waarde)) return [probleem(c.id, "GEEN_GETAL")];
      const geheel = c.type === "bedrag" || c.geheel;
      if (geheel && !Number.isInteger(waarde)) return [probleem(c.id, "GEEN_GEHEEL_GETAL")];
      const min = c.type === "getal" ? c.min : 0;
      if (min !== undefined && waarde < min) return [probleem(c.id, "TE_KLEIN", { min: getalTekst(min, c.type) })];
      if (c.max !== undefined && waarde > c.max) return [probleem(c.id, "TE_GROOT", { max: getalTekst(c.max, c.type) })];
      return [];
    }
    case "datum":
      return IsoDatum.safeParse(waarde).success ? [] : [probleem(c.id, "GEEN_DATUM")];
    case "keuze": {
      const waarden = new Set(c.opties.map((o) => o.waarde));
      const gekozen = c.meerdere ? waarde : [waarde];
      if (!Array.isArray(gekozen) || !gekozen.every((w) => typeof w === "string" && waarden.has(w)))
        return [probleem(c.id, "ONBEKENDE_KEUZE")];
      return [];
    }
    case "jaNee":
      return typeof waarde === "boolean" ? [] : [probleem(c.id, "GEEN_JA_NEE")];
    case "document":
      return Documentverwijzing.safeParse(waarde).success ? [] : fout();
    case "leerlingen":
      return valideerLeerlingen(c, waarde, regeling);
    case "periode":
      return valideerPeriode(c, waarde, regeling);
    case "begroting":
      return valideerBegroting(c, waarde, regeling);
    default: {
      const nooit: never = c;
      return nooit;
    }
  }
}

function valideerLeerlingen(c: Extract<Criterium, { type: "leerlingen" }>, waarde: Antwoord, regeling: Regeling): Probleem[] {
  const parsed = z.array(Leerling).safeParse(waarde);
  if (!parsed.success) return [probleem(c.id, "ONGELDIGE_WAARDE")];
  const leerlingen = parsed.data;
  const problemen: Probleem[] = [];
  const { minLeerlingen: min, maxLeerlingen: max } = regeling.limieten;
  if (min !== undefined && leerlingen.length < min)
    problemen.push(probleem(c.id, "TE_WEINIG_LEERLINGEN", { min, aantal: leerlingen.length }));
  if (max !== undefined && leerlingen.length > max)
    problemen.push(probleem(c.id, "TE_VEEL_LEERLINGEN", { max, aantal: leerlingen.length }));
  leerlingen.forEach((l, i) => {
    if (c.volledigeNaam && !l.naam) problemen.push(probleem(c.id, "NAAM_VERPLICHT", { nr: i + 1 }));
    if (!c.volledigeNaam && l.naam) problemen.push(probleem(c.id, "NAAM_NIET_TOEGESTAAN", { nr: i + 1 }));
  });
  const gezien = new Set<string>();
  for (const l of leerlingen) {
    const sleutel = l.referentie.toLowerCase();
    if (gezien.has(sleutel)) problemen.push(probleem(c.id, "DUBBELE_LEERLING", { referentie: l.referentie }));
    gezien.add(sleutel);
  }
  return problemen;
}

function valideerPeriode(c: Extract<Criterium, { type: "periode" }>, waarde: Antwoord, regeling: Regeling): Probleem[] {
  const parsed = Periode.safeParse(waarde);
  if (!parsed.success) return [probleem(c.id, "GEEN_DATUM")];
  if (vergelijkDatum(parsed.data.eind, parsed.data.start) < 0) return [probleem(c.id, "EIND_VOOR_START")];
  const problemen: Probleem[] = [];
  const maanden = regeling.limieten.maxDuurMaanden;
  if (maanden !== undefined && langerDanMaanden(parsed.data, maanden)) problemen.push(probleem(c.id, "PERIODE_TE_LANG", { maanden }));
  if (regeling.limieten.schooljaargrens !== "splitsen" && overSchooljaargrens(parsed.data)) problemen.push(probleem(c.id, "PERIODE_OVER_SCHOOLJAARGRENS", schooljaargrens(parsed.data)));
  return problemen;
}

function valideerBegroting(c: Extract<Criterium, { type: "begroting" }>, waarde: Antwoord, regeling: Regeling): Probleem[] {
  const parsed = Begroting.safeParse(waarde);
  if (!parsed.success) return [probleem(c.id, "ONGELDIGE_WAARDE")];
  const { regels, totaal } = parsed.data;
  const problemen: Probleem[] = [];
  if (regels.length === 0) problemen.push(probleem(c.id, "GEEN_BEGROTINGSREGELS"));
  const som = regels.reduce((s, r) => s + r.bedrag, 0);
  if (regels.length > 0 && som !== totaal)
    problemen.push(probleem(c.id, "BEGROTING_TELT_NIET_OP", { som: formatBedrag(som), totaal: formatBedrag(totaal) }));
  if (totaal === 0) problemen.push(probleem(c.id, "BEDRAG_NUL"));
  const max = regeling.limieten.maxBedrag;
  if (max !== undefined && totaal > max) problemen.push(probleem(c.id, "BEDRAG_BOVEN_MAXIMUM", { max: formatBedrag(max) }));
  return problemen;
}

/** Check the conditions checklist against the regeling's all-of / any-of rule. */
export function valideerVoorwaarden(regeling: Regeling, voorwaarden: Inhoud["voorwaarden"]): Probleem[] {
  return ontbrekend(regeling, voorwaarden).map((opties) => probleem(VOORWAARDEN_VELD, "VOORWAARDE_NIET_VOLDAAN", { opties }));
}

/** Check some criteria only, for one step of the form. */
export function valideerVelden(regeling: Regeling, inhoud: Inhoud, ids: readonly string[]): Probleem[] {
  return regeling.criteria
    .filter((c) => ids.includes(c.id))
    .flatMap((c) => valideerCriterium(c, inhoud.antwoorden[c.id], regeling))
    .concat(ids.includes(VOORWAARDEN_VELD) ? valideerVoorwaarden(regeling, inhoud.voorwaarden) : []);
}

/** Check a whole aanvraag: every criterion, every limit and the conditions. Empty when complete. */
export function valideerAanvraag(regeling: Regeling, inhoud: Inhoud): Probleem[] {
  return valideerVelden(regeling, inhoud, [...regeling.criteria.map((c) => c.id), VOORWAARDEN_VELD]);
}
