import type { Antwoord, Begroting, Leerling } from "./aanvraag.js";
import { formatBedrag } from "./geld.js";
import { NIET_INGEVULD, waardeTekst } from "./dossier.js";
import type { Criterium, Regeling } from "./regeling.js";
import type { Inhoud } from "./validatie.js";

/** One change between two versions of an aanvraag's content: which field, what it was, what it is. */
export interface Wijziging {
  veld: string;
  label: string;
  oud: string;
  nieuw: string;
}

const GEEN = "(geen)";

function gelijk(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function sleutel(tekst: string): string {
  return tekst.trim().toLowerCase();
}

function begrotingWijzigingen(c: Criterium, oud: Begroting | undefined, nieuw: Begroting | undefined): Wijziging[] {
  const uit: Wijziging[] = [];
  const oudeRegels = oud?.regels ?? [];
  const nieuweRegels = nieuw?.regels ?? [];
  const nieuwPer = new Map(nieuweRegels.map((r) => [sleutel(r.omschrijving), r]));
  const oudPer = new Map(oudeRegels.map((r) => [sleutel(r.omschrijving), r]));
  for (const r of oudeRegels) {
    const n = nieuwPer.get(sleutel(r.omschrijving));
    if (!n) uit.push({ veld: c.id, label: `${c.label}: ${r.omschrijving}`, oud: formatBedrag(r.bedrag), nieuw: "(regel vervallen)" });
    else if (n.bedrag !== r.bedrag) uit.push({ veld: c.id, label: `${c.label}: ${r.omschrijving}`, oud: formatBedrag(r.bedrag), nieuw: formatBedrag(n.bedrag) });
  }
  for (const r of nieuweRegels)
    if (!oudPer.has(sleutel(r.omschrijving))) uit.push({ veld: c.id, label: `${c.label}: ${r.omschrijving}`, oud: "(nieuwe regel)", nieuw: formatBedrag(r.bedrag) });
  if ((oud?.totaal ?? 0) !== (nieuw?.totaal ?? 0))
    uit.push({ veld: c.id, label: `${c.label}: totaal`, oud: formatBedrag(oud?.totaal ?? 0), nieuw: formatBedrag(nieuw?.totaal ?? 0) });
  return uit;
}

function leerlingTekst(l: Leerling, metNaam: boolean): string {
  return `${l.initialen}, ${l.geboortejaar}${metNaam && l.naam ? `, ${l.naam}` : ""}`;
}

function leerlingWijzigingen(c: Extract<Criterium, { type: "leerlingen" }>, oud: Leerling[], nieuw: Leerling[]): Wijziging[] {
  const uit: Wijziging[] = [];
  const nieuwPer = new Map(nieuw.map((l) => [sleutel(l.referentie), l]));
  const oudPer = new Map(oud.map((l) => [sleutel(l.referentie), l]));
  for (const l of oud) {
    const n = nieuwPer.get(sleutel(l.referentie));
    const label = `${c.label}: ${l.referentie}`;
    if (!n) uit.push({ veld: c.id, label, oud: leerlingTekst(l, c.volledigeNaam), nieuw: "(niet meer in de aanvraag)" });
    else if (!gelijk(leerlingTekst(l, c.volledigeNaam), leerlingTekst(n, c.volledigeNaam)))
      uit.push({ veld: c.id, label, oud: leerlingTekst(l, c.volledigeNaam), nieuw: leerlingTekst(n, c.volledigeNaam) });
  }
  for (const l of nieuw)
    if (!oudPer.has(sleutel(l.referentie))) uit.push({ veld: c.id, label: `${c.label}: ${l.referentie}`, oud: "(nieuw toegevoegd)", nieuw: leerlingTekst(l, c.volledigeNaam) });
  return uit;
}

function criteriumWijzigingen(c: Criterium, oud: Antwoord | undefined, nieuw: Antwoord | undefined): Wijziging[] {
  if (gelijk(oud, nieuw)) return [];
  if (c.type === "begroting") return begrotingWijzigingen(c, oud as Begroting | undefined, nieuw as Begroting | undefined);
  if (c.type === "leerlingen") return leerlingWijzigingen(c, (oud as Leerling[] | undefined) ?? [], (nieuw as Leerling[] | undefined) ?? []);
  const [o, n] = [waardeTekst(c, oud), waardeTekst(c, nieuw)];
  if (o === n) return [];
  return [{ veld: c.id, label: c.label, oud: o === NIET_INGEVULD ? GEEN : o, nieuw: n === NIET_INGEVULD ? GEEN : n }];
}

/**
 * What changed between two versions of an aanvraag's content, field by field in the
 * regeling's order: every criterion (a budget line with both amounts, a pupil by its
 * reference), then every condition ticked or unticked. Empty when nothing changed.
 */
export function vergelijkInhoud(r: Regeling, oud: Inhoud, nieuw: Inhoud): Wijziging[] {
  const uit = r.criteria.flatMap((c) => criteriumWijzigingen(c, oud.antwoorden[c.id], nieuw.antwoorden[c.id]));
  for (const v of r.voorwaarden.items) {
    const [o, n] = [oud.voorwaarden[v.id] === true, nieuw.voorwaarden[v.id] === true];
    if (o !== n) uit.push({ veld: "voorwaarden", label: `Voorwaarde: ${v.label}`, oud: o ? "aangevinkt" : "niet aangevinkt", nieuw: n ? "aangevinkt" : "niet aangevinkt" });
  }
  return uit;
}
