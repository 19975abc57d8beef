import type { Criterium, Regeling } from "../../domain/regeling.js";
import { VOORWAARDEN_VELD } from "../../domain/validatie.js";

/** One card of the guided form. */
export interface Stap {
  /** Stable id of the step, used in card data and to resume a draft. */
  id: string;
  titel: string;
  soort: "criteria" | "leerlingen" | "periode" | "begroting" | "voorwaarden" | "samenvatting";
  criteria: Criterium[];
  /** The field ids this step validates. */
  velden: string[];
}

const PER_STAP = 3;
const LANG_PER_STAP = 2;
const titels = { leerlingen: "Leerlingen", periode: "Planning", begroting: "Begroting", voorwaarden: "Voorwaarden", samenvatting: "Controleren en indienen" };

/** The steps made for each regeling: they follow from its definition alone, and a step card asks for them several times per action. */
const gemaakt = new WeakMap<Regeling, readonly Stap[]>();

/**
 * The steps of a regeling's form, generated from its definition: first the pupils,
 * then the questions in groups of three (at most two long texts), the planning, the
 * budget, the conditions checklist and a summary. No card is written per regeling.
 * Made once per regeling and frozen, so every caller shares them.
 */
export function stappenVan(regeling: Regeling): readonly Stap[] {
  let stappen = gemaakt.get(regeling);
  if (!stappen) gemaakt.set(regeling, (stappen = Object.freeze(maakStappen(regeling).map((s) => Object.freeze(s)))));
  return stappen;
}

function maakStappen(regeling: Regeling): Stap[] {
  const stappen: Stap[] = [];
  const enkel = (soort: "leerlingen" | "periode" | "begroting") => {
    const c = regeling.criteria.find((x) => x.type === soort);
    if (c) stappen.push({ id: soort, titel: c.label || titels[soort], soort, criteria: [c], velden: [c.id] });
  };
  enkel("leerlingen");
  let groep: Criterium[] = [];
  const sluitGroep = () => {
    if (groep.length === 0) return;
    const nr = stappen.filter((s) => s.soort === "criteria").length + 1;
    stappen.push({ id: `vragen-${nr}`, titel: groep.length === 1 ? groep[0]!.label : `Onderbouwing, deel ${nr}`, soort: "criteria", criteria: groep, velden: groep.map((c) => c.id) });
    groep = [];
  };
  for (const c of regeling.criteria) {
    if (c.type === "leerlingen" || c.type === "periode" || c.type === "begroting") continue;
    if (c.type === "langeTekst" && groep.filter((g) => g.type === "langeTekst").length >= LANG_PER_STAP) sluitGroep();
    groep.push(c);
    if (groep.length >= PER_STAP) sluitGroep();
  }
  sluitGroep();
  enkel("periode");
  enkel("begroting");
  if (regeling.voorwaarden.items.length > 0)
    stappen.push({ id: "voorwaarden", titel: titels.voorwaarden, soort: "voorwaarden", criteria: [], velden: [VOORWAARDEN_VELD] });
  stappen.push({ id: "samenvatting", titel: titels.samenvatting, soort: "samenvatting", criteria: [], velden: [] });
  return stappen;
}
