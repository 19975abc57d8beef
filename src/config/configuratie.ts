import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fouttekst, isDomainError } from "../domain/errors.js";
import { Profiel, type Regeling } from "../domain/regeling.js";
import { bepaalBeslisser } from "../domain/routering.js";
import { adresSleutel, isAdresSleutel, SwvConfig } from "../domain/swv.js";
import { configFout, type ConfigProbleem } from "./fouten.js";
import { leesJson } from "./leesJson.js";

/** A loaded, checked configuration: the SWV and the regelingen that apply to it. */
export interface Configuratie {
  swv: SwvConfig;
  regelingen: Regeling[];
  /** The bytes of the briefhoofd's PNG logo, read and checked at start. */
  logo?: Uint8Array;
}

const PNG_HANDTEKENING = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The briefhoofd's logo, read beside the SWV file; a missing or non-PNG file is a problem at `briefhoofd.logo`. */
export async function leesLogo(swvBestand: string, logo: string): Promise<{ bytes?: Uint8Array; probleem?: ConfigProbleem }> {
  const pad = resolve(dirname(swvBestand), logo);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(pad));
  } catch (error) {
    return { probleem: { pad: ["briefhoofd", "logo"], bericht: `Het logo ${pad} bestaat niet of is niet leesbaar (${(error as NodeJS.ErrnoException).code ?? "onbekend"}).` } };
  }
  if (!PNG_HANDTEKENING.every((b, i) => bytes[i] === b)) return { probleem: { pad: ["briefhoofd", "logo"], bericht: `Het logo ${pad} is geen PNG-bestand.` } };
  return { bytes };
}

/** Load every shipped profile from a folder of JSON files, keyed by profile id. */
export async function laadProfielen(map: string): Promise<Map<string, Profiel>> {
  const bestanden = (await readdir(map)).filter((f) => f.endsWith(".json")).sort();
  const profielen = new Map<string, Profiel>();
  for (const f of bestanden) {
    const profiel = await leesJson(join(map, f), Profiel);
    if (profielen.has(profiel.id)) throw configFout(join(map, f), [{ pad: ["id"], bericht: `Profiel '${profiel.id}' bestaat al.` }]);
    profielen.set(profiel.id, profiel);
  }
  return profielen;
}

/** The checks across the SWV file and the profiles that a schema alone cannot make. */
export function controleerSamenhang(swv: SwvConfig, profielen: ReadonlyMap<string, Profiel>): { regelingen: Regeling[]; problemen: ConfigProbleem[] } {
  const problemen: ConfigProbleem[] = [];
  const beschikbaar = new Map<string, Regeling>();
  swv.profielen.forEach((id, i) => {
    const profiel = profielen.get(id);
    if (!profiel) problemen.push({ pad: ["profielen", i], bericht: `Onbekend profiel '${id}'; er zijn: ${[...profielen.keys()].join(", ")}.` });
    else for (const r of profiel.regelingen) beschikbaar.set(r.id, r);
  });
  const regelingen = swv.regelingen === undefined ? [...beschikbaar.values()] : [];
  swv.regelingen?.forEach((id, i) => {
    const r = beschikbaar.get(id);
    if (r) regelingen.push(r);
    else problemen.push({ pad: ["regelingen", i], bericht: `Regeling '${id}' zit niet in de gekozen profielen.` });
  });

  const uniek = <T>(lijst: readonly T[], sleutel: (t: T) => string, pad: (i: number) => PropertyKey[], wat: string) => {
    const gezien = new Set<string>();
    lijst.forEach((t, i) => {
      const k = sleutel(t);
      if (gezien.has(k)) problemen.push({ pad: pad(i), bericht: `${wat} '${k}' komt twee keer voor.` });
      gezien.add(k);
    });
  };
  uniek(swv.scholen, (s) => s.brin, (i) => ["scholen", i, "brin"], "BRIN");
  // A person by e-mail only is keyed by the address: a second one is caught by the address check below.
  uniek(swv.personen, (p) => (isAdresSleutel(p.id) ? `${p.id}#${swv.personen.indexOf(p)}` : p.id), (i) => ["personen", i, "id"], "Persoon");
  const adressen = new Map<string, number>();
  swv.personen.forEach((p, i) => {
    if (p.email === undefined) return;
    const eerder = adressen.get(adresSleutel(p.email));
    if (eerder !== undefined)
      problemen.push({ pad: ["personen", i, "email"], bericht: `Het e-mailadres '${p.email}' staat ook bij personen[${eerder}] (${swv.personen[eerder]!.naam}); de bot kan die twee niet uit elkaar houden.` });
    else adressen.set(adresSleutel(p.email), i);
  });
  uniek(swv.besturen, (b) => b.id, (i) => ["besturen", i, "id"], "Bestuur");

  const brins = new Set(swv.scholen.map((s) => s.brin));
  const besturen = new Set(swv.besturen.map((b) => b.id));
  const personen = new Set(swv.personen.map((p) => p.id));
  swv.scholen.forEach((s, i) => {
    if (!besturen.has(s.bestuur)) problemen.push({ pad: ["scholen", i, "bestuur"], bericht: `Onbekend bestuur '${s.bestuur}'.` });
  });
  swv.personen.forEach((p, i) =>
    p.rollen.forEach((r, j) => {
      if (r.rol === "consulent" || r.rol === "contactpersoon")
        r.scholen.forEach((brin, k) => {
          if (!brins.has(brin)) problemen.push({ pad: ["personen", i, "rollen", j, "scholen", k], bericht: `Onbekende school '${brin}'.` });
        });
      if (r.rol === "bestuur-contact" && !besturen.has(r.bestuur))
        problemen.push({ pad: ["personen", i, "rollen", j, "bestuur"], bericht: `Onbekend bestuur '${r.bestuur}'.` });
    }),
  );
  swv.vervangingen.forEach((v, i) => {
    if (!personen.has(v.voor)) problemen.push({ pad: ["vervangingen", i, "voor"], bericht: `Onbekende persoon '${v.voor}'.` });
    if (!personen.has(v.door)) problemen.push({ pad: ["vervangingen", i, "door"], bericht: `Onbekende persoon '${v.door}'.` });
    if (v.tot < v.van) problemen.push({ pad: ["vervangingen", i, "tot"], bericht: "De einddatum ligt voor de begindatum." });
  });
  swv.toegestaneVervangers.forEach((v, i) => {
    if (!personen.has(v.voor)) problemen.push({ pad: ["toegestaneVervangers", i, "voor"], bericht: `Onbekende persoon '${v.voor}'.` });
    if (!personen.has(v.door)) problemen.push({ pad: ["toegestaneVervangers", i, "door"], bericht: `Onbekende persoon '${v.door}'.` });
  });
  swv.scholen.forEach((school, i) =>
    regelingen
      .filter((r) => r.sectoren.includes(school.sector))
      .forEach((r) => {
        try {
          bepaalBeslisser(r, school, swv);
        } catch (error) {
          if (!isDomainError(error, "GEEN_BESLISSER")) throw error;
          problemen.push({ pad: ["scholen", i], bericht: `${fouttekst(error).replace(/\.$/, "")} (regeling ${r.id}, school ${school.brin}).` });
        }
      }),
  );
  return { regelingen, problemen };
}

/**
 * Load the SWV configuration and the shipped profiles, and check them together. Any
 * problem stops with CONFIG_ONGELDIG naming the file, the path inside it and what is wrong.
 */
export async function laadConfiguratie(swvBestand: string, profielenMap: string): Promise<Configuratie> {
  const profielen = await laadProfielen(profielenMap);
  const swv = await leesJson(swvBestand, SwvConfig);
  const { regelingen, problemen } = controleerSamenhang(swv, profielen);
  const logo = swv.briefhoofd?.logo === undefined ? {} : await leesLogo(swvBestand, swv.briefhoofd.logo);
  if (logo.probleem) problemen.push(logo.probleem);
  if (problemen.length > 0) throw configFout(swvBestand, problemen);
  return logo.bytes ? { swv, regelingen, logo: logo.bytes } : { swv, regelingen };
}
