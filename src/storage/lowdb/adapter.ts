import { readFile, readdir, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Adapter } from "lowdb";
import { OpslagFout } from "../fouten.js";
import { Bestand, leegBestand, SCHEMA_VERSIE, type Migratie } from "./schema.js";
import { nederlands } from "../../config/nederlands.js";
import { isVersleuteld, ontsleutel, versleutel } from "./versleuteling.js";
import { BESTANDSMODUS, echteSchijf, schrijfAtomisch, type Schijf } from "./schrijven.js";

function corrupt(bestand: string, details: string): OpslagFout {
  return new OpslagFout("OPSLAG_CORRUPT", { bestand, details });
}

function beschrijfZodFout(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 10)
    .map((i) => `- ${i.path.map(String).join(".") || "(hoofdniveau)"}: ${i.message}`)
    .join("\n");
}

/**
 * Reads the raw file: parses JSON, refuses a newer schema version, applies migrations
 * and validates with zod. Never writes; a bad file throws and stays untouched.
 */
export function leesBestand(
  bestand: string,
  tekst: string,
  lijst: readonly Migratie[],
): { data: Bestand; gemigreerdVan?: number } {
  let ruw: unknown;
  try {
    ruw = JSON.parse(tekst);
  } catch (error) {
    throw corrupt(bestand, `Geen geldige JSON: ${(error as Error).message}`);
  }
  if (typeof ruw !== "object" || ruw === null || Array.isArray(ruw)) throw corrupt(bestand, "Het bestand bevat geen object.");
  let versie = (ruw as { schemaVersie?: unknown }).schemaVersie;
  if (typeof versie !== "number" || !Number.isInteger(versie) || versie < 0)
    throw corrupt(bestand, "schemaVersie ontbreekt of is geen geheel getal.");
  if (versie > SCHEMA_VERSIE) throw new OpslagFout("OPSLAG_NIEUWERE_VERSIE", { bestand, versie, ondersteund: SCHEMA_VERSIE });
  const oorspronkelijk = versie;
  let huidig = ruw as Record<string, unknown>;
  while (versie < SCHEMA_VERSIE) {
    const stap = lijst.find((m) => m.van === versie);
    if (!stap) throw corrupt(bestand, `Geen migratie van schemaversie ${versie}.`);
    huidig = { ...stap.migreer(huidig), schemaVersie: versie + 1 };
    versie += 1;
  }
  const parsed = Bestand.safeParse(huidig, nederlands);
  if (!parsed.success) throw corrupt(bestand, beschrijfZodFout(parsed.error));
  return oorspronkelijk === SCHEMA_VERSIE ? { data: parsed.data } : { data: parsed.data, gemigreerdVan: oorspronkelijk };
}

/** Temp files a process that died mid-write leaves behind: `<file>.<number>`. */
export async function ruimTijdelijkeBestandenOp(bestand: string): Promise<string[]> {
  const naam = basename(bestand);
  const patroon = new RegExp(`^${naam.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.\\d+$`);
  const weg = (await readdir(dirname(bestand))).filter((f) => patroon.test(f));
  await Promise.all(weg.map((f) => unlink(join(dirname(bestand), f))));
  return weg;
}

/** One generation of the data file, read and validated. */
export interface Gelezen {
  data: Bestand;
  gemigreerdVan?: number;
  /** The file was plain JSON. */
  onversleuteld: boolean;
}

/**
 * The lowdb adapter of the embedded store: validating reads, atomic owner-only writes
 * that keep the previous generation. A missing file reads as null, so lowdb starts
 * from an empty store.
 */
export class BestandAdapter implements Adapter<Bestand> {
  gemigreerdVan: number | undefined;
  /** The file read was plain JSON although a key is set: it must be written encrypted. */
  onversleuteldGelezen = false;

  constructor(
    private readonly bestand: string,
    private readonly lijst: readonly Migratie[],
    /** With a key, the file is encrypted at rest (AES-256-GCM). */
    private readonly sleutel?: Buffer,
    private readonly schijf: Schijf = echteSchijf,
  ) {}

  /** Whether the file must be encrypted: a plain one is then not to be trusted. */
  get metSleutel(): boolean {
    return this.sleutel !== undefined;
  }

  /** Reads and validates the file at `pad` (the data file or its `.vorige`); null when it does not exist. */
  async lees(pad: string): Promise<Gelezen | null> {
    let tekst: string;
    try {
      tekst = await readFile(pad, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw corrupt(pad, (error as Error).message);
    }
    const versleuteld = isVersleuteld(tekst);
    return { ...leesBestand(pad, versleuteld ? ontsleutel(pad, tekst, this.sleutel) : tekst, this.lijst), onversleuteld: !versleuteld };
  }

  async read(): Promise<Bestand | null> {
    const gelezen = await this.lees(this.bestand);
    if (!gelezen) return null;
    this.onversleuteldGelezen = this.sleutel !== undefined && gelezen.onversleuteld;
    this.gemigreerdVan = gelezen.gemigreerdVan;
    return gelezen.data;
  }

  async write(data: Bestand): Promise<void> {
    const tekst = JSON.stringify(data);
    await schrijfAtomisch(this.bestand, this.sleutel ? versleutel(tekst, this.sleutel) : tekst, this.schijf);
  }
}

export { leegBestand, BESTANDSMODUS };
