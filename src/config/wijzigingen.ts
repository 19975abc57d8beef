import { formatBedrag } from "../domain/geld.js";
import type { Configuratie } from "./configuratie.js";

/** What the bot ran with, by key: `swv` and `regeling:<id>`, each as plain JSON. */
export type Afdrukken = Map<string, unknown>;

/** The snapshot of a configuration to keep in the store and compare with at the next start. */
export function afdrukkenVan(config: Configuratie): Afdrukken {
  const kaal = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
  return new Map<string, unknown>([["swv", kaal(config.swv)], ...config.regelingen.map((r) => [`regeling:${r.id}`, kaal(r)] as [string, unknown])]);
}

/** Readable names for the fields people change most; other paths are shown as they are in the file. */
const VELDEN: Record<string, string> = {
  "limieten.maxBedrag": "maximum",
  "limieten.jaarbudget.bedrag": "jaarbudget",
  "limieten.maxDuurMaanden": "maximale duur in maanden",
  "limieten.minLeerlingen": "minimum aantal leerlingen",
  "limieten.maxLeerlingen": "maximum aantal leerlingen",
  "limieten.jaarbudget.bijOverschrijding": "wat er gebeurt boven het jaarbudget",
  beslistermijnSchooldagen: "beslistermijn in schooldagen",
  bewaartermijnJaren: "bewaartermijn in jaren",
  naam: "naam",
};
const BEDRAGEN = new Set(["limieten.maxBedrag", "limieten.jaarbudget.bedrag"]);

/** The key of an element of a list, when the list is one of things with an identity. */
function sleutelVan(x: unknown): string | undefined {
  if (typeof x !== "object" || x === null) return undefined;
  const o = x as Record<string, unknown>;
  for (const k of ["id", "brin", "naam"] as const) if (typeof o[k] === "string") return o[k];
  if (typeof o.voor === "string" && typeof o.van === "string") return `${o.voor} ${o.van}`;
  return undefined;
}

/** How an element of a keyed list is named: by its name when it has one. */
function labelVan(x: unknown, sleutel: string): string {
  const naam = (x as { naam?: unknown }).naam;
  return typeof naam === "string" && naam !== sleutel ? naam : sleutel;
}

/** A path as a reader finds it: `personen[Sanne de Vries].naam`. */
const padLeesbaar = (pad: readonly string[]) => pad.reduce((t, s) => (s.startsWith("[") || t === "" ? `${t}${s}` : `${t}.${s}`), "");

const toon = (pad: string, w: unknown) => (w === undefined ? "(niets)" : BEDRAGEN.has(pad) && typeof w === "number" ? formatBedrag(w) : typeof w === "string" ? `'${w}'` : JSON.stringify(w));

/** The differences between two JSON values, one Dutch phrase each, with `pad` where they are. */
function verschillen(oud: unknown, nieuw: unknown, pad: string[], uit: string[]): void {
  if (JSON.stringify(oud) === JSON.stringify(nieuw)) return;
  const p = padLeesbaar(pad.filter((x) => !x.startsWith("[")));
  const naam = VELDEN[p] ?? padLeesbaar(pad);
  if (Array.isArray(oud) && Array.isArray(nieuw) && [...oud, ...nieuw].every((x) => sleutelVan(x) !== undefined)) {
    const oudMap = new Map(oud.map((x) => [sleutelVan(x)!, x]));
    const nieuwMap = new Map(nieuw.map((x) => [sleutelVan(x)!, x]));
    for (const [k, x] of nieuwMap) if (!oudMap.has(k)) uit.push(`${naam}: '${labelVan(x, k)}' toegevoegd`);
    for (const [k, x] of oudMap) if (!nieuwMap.has(k)) uit.push(`${naam}: '${labelVan(x, k)}' vervallen`);
    for (const [k, x] of nieuwMap) if (oudMap.has(k)) verschillen(oudMap.get(k), x, [...pad, `[${labelVan(oudMap.get(k), k)}]`], uit);
    return;
  }
  const object = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
  if (object(oud) && object(nieuw)) {
    for (const k of new Set([...Object.keys(oud), ...Object.keys(nieuw)])) verschillen(oud[k], nieuw[k], [...pad, k], uit);
    return;
  }
  if (typeof oud === "number" && typeof nieuw === "number") uit.push(`${naam} ${nieuw < oud ? "verlaagd" : "verhoogd"} van ${toon(p, oud)} naar ${toon(p, nieuw)}`);
  else if (oud === undefined) uit.push(`${naam} ingesteld op ${toon(p, nieuw)}`);
  else if (nieuw === undefined) uit.push(`${naam} vervallen (was ${toon(p, oud)})`);
  else uit.push(`${naam} gewijzigd van ${toon(p, oud)} naar ${toon(p, nieuw)}`);
}

/**
 * One readable Dutch line per change between the configuration the bot ran with (`oud`, from the
 * store; empty on a first start) and the one it starts with now, e.g.
 * "Individueel maatwerkbudget (De Verbinding): maximum verlaagd van € 8.000,00 naar € 2.000,00".
 */
export function beschrijfWijzigingen(oud: ReadonlyMap<string, unknown>, nieuw: Afdrukken): string[] {
  const regels: string[] = [];
  const titel = (sleutel: string, afdruk: unknown) =>
    sleutel === "swv" ? "Samenwerkingsverband" : `${(afdruk as { naam?: string }).naam ?? sleutel.slice("regeling:".length)}`;
  for (const [sleutel, afdruk] of nieuw) {
    const was = oud.get(sleutel);
    if (was === undefined) {
      if (sleutel !== "swv") regels.push(`${titel(sleutel, afdruk)}: regeling nieuw in gebruik`);
      continue;
    }
    const uit: string[] = [];
    verschillen(was, afdruk, [], uit);
    regels.push(...uit.map((u) => `${titel(sleutel, afdruk)}: ${u}`));
  }
  for (const [sleutel, afdruk] of oud) if (!nieuw.has(sleutel) && afdruk !== undefined) regels.push(`${titel(sleutel, afdruk)}: regeling niet meer in gebruik`);
  return regels;
}
