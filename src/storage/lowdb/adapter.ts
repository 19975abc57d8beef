import { readFile, readdir, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Adapter } from "lowdb";
import { OpslagFout } from "../fouten.js";
import { Bestand, leegBestand, SCHEMA_VERSIE, type Migratie } from "./schema.js";
import { nederlands } from "../../config/nederlands.js";
import { generatieTekst, isVersleuteld, leesGeneratie, ontsleutelMetGeneratie, versleutel } from "./versleuteling.js";
import { BESTANDSMODUS, echteSchijf, type Schijf } from "./schrijven.js";
import { schrijfAtomisch, schrijfruimte } from "./schrijver.js";

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

/**
 * The UTF-8 JSON of each entry of the store's collections (an aanvraag, an audit line, a
 * message), by object. The store writes only deeply frozen state (bevries), and an entry
 * it does not change stays the same object from write to write, so its bytes are made
 * once: a write encodes what changed, not the whole file again.
 */
const gecodeerd = new WeakMap<object, Buffer>();

/** An entry's JSON: its cached bytes when it is a frozen plain object or array, else `JSON.stringify` (undefined for what JSON leaves out). */
function entryJson(waarde: unknown): string | Buffer | undefined {
  const vast = typeof waarde === "object" && waarde !== null && Object.isFrozen(waarde) && (Array.isArray(waarde) || Object.getPrototypeOf(waarde) === Object.prototype);
  if (!vast) return JSON.stringify(waarde) as string | undefined;
  let bytes = gecodeerd.get(waarde);
  if (bytes === undefined) {
    const tekst = JSON.stringify(waarde);
    // Its own memory, not a slice of Node's shared pool that would keep a whole slab alive.
    bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(tekst, "utf8"));
    bytes.write(tekst, "utf8");
    gecodeerd.set(waarde, bytes);
  }
  return bytes;
}

/**
 * The file as parts in order, joined exactly `JSON.stringify(data)`: the text between
 * entries as strings, each entry of a top-level collection (a record or an array) as its
 * cached encoding itself, not a copy.
 */
function delenVan(data: Bestand): (string | Buffer)[] {
  const delen: (string | Buffer)[] = [];
  let tekst = "";
  const voeg = (deel: string | Buffer) => {
    if (typeof deel === "string") tekst += deel;
    else {
      if (tekst !== "") delen.push(tekst);
      tekst = "";
      delen.push(deel);
    }
  };
  let velden = 0;
  const veld = (naam: string) => `${velden++ > 0 ? "," : ""}${JSON.stringify(naam)}:`;
  voeg("{");
  for (const [naam, waarde] of Object.entries(data)) {
    if (Array.isArray(waarde)) {
      voeg(`${veld(naam)}[`);
      waarde.forEach((x: unknown, i) => {
        if (i > 0) voeg(",");
        voeg(entryJson(x) ?? "null");
      });
      voeg("]");
    } else if (typeof waarde === "object" && waarde !== null) {
      voeg(`${veld(naam)}{`);
      let n = 0;
      for (const [sleutel, x] of Object.entries(waarde)) {
        const json = entryJson(x);
        if (json === undefined) continue;
        voeg(`${n++ > 0 ? "," : ""}${JSON.stringify(sleutel)}:`);
        voeg(json);
      }
      voeg("}");
    } else {
      const json = JSON.stringify(waarde) as string | undefined;
      if (json !== undefined) voeg(`${veld(naam)}${json}`);
    }
  }
  voeg("}");
  if (tekst !== "") delen.push(tekst);
  return delen;
}

/** The file's bytes as parts in order (the text between entries in small buffers); joined, exactly `JSON.stringify(data)` in UTF-8. */
export function jsonDelen(data: Bestand): Buffer[] {
  return delenVan(data).map((d) => (typeof d === "string" ? Buffer.from(d, "utf8") : d));
}

/**
 * The file's bytes in one buffer, exactly `JSON.stringify(data)` in UTF-8, written straight
 * into the buffer `ruimte` hands out for its length (by default a new one), without
 * intermediate copies of the text between entries.
 */
export function alsJson(data: Bestand, ruimte: (lengte: number) => Buffer = (n) => Buffer.allocUnsafe(n)): Buffer {
  const delen = delenVan(data);
  let lengte = 0;
  for (const d of delen) lengte += typeof d === "string" ? Buffer.byteLength(d, "utf8") : d.length;
  const uit = ruimte(lengte);
  let plek = 0;
  for (const d of delen) plek += typeof d === "string" ? uit.write(d, plek, "utf8") : d.copy(uit, plek);
  return uit;
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
  /** The generation of an encrypted file (0 for a plain or old one). */
  generatie: number;
}

/** The generation counter beside the data file. */
export const tellerVan = (bestand: string) => `${bestand}.generatie`;

/**
 * The lowdb adapter of the embedded store: validating reads, atomic owner-only writes
 * that keep the previous generation. A missing file reads as null, so lowdb starts
 * from an empty store.
 */
export class BestandAdapter implements Adapter<Bestand> {
  gemigreerdVan: number | undefined;
  /** The file read was plain JSON although a key is set: it must be written encrypted. */
  onversleuteldGelezen = false;
  /** The generation last read or written. */
  generatie = 0;
  /** The data file as just read by the check before opening: the next `read` takes it instead of reading the file again. */
  private voorgelezen: Gelezen | null = null;

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
    if (!isVersleuteld(tekst)) return { ...leesBestand(pad, tekst, this.lijst), onversleuteld: true, generatie: 0 };
    const { tekst: json, generatie } = ontsleutelMetGeneratie(pad, tekst, this.sleutel);
    return { ...leesBestand(pad, json, this.lijst), onversleuteld: false, generatie };
  }

  /**
   * Rollback detection: the generation of the file read against the authenticated counter
   * beside it. An older file than the counter is refused (OPSLAG_TERUGGEZET), a counter not
   * made with this key too (OPSLAG_TELLER_ONGELDIG); a missing counter is accepted.
   */
  async controleerTeller(): Promise<void> {
    const verwacht = await this.tellerStand();
    if (this.generatie < verwacht) throw new OpslagFout("OPSLAG_TERUGGEZET", { bestand: this.bestand, teller: tellerVan(this.bestand), gevonden: this.generatie, verwacht });
  }

  /** The generation the authenticated counter beside the file holds; 0 without a key or counter. */
  async tellerStand(): Promise<number> {
    if (!this.sleutel) return 0;
    const teller = tellerVan(this.bestand);
    let tekst: string;
    try {
      tekst = await readFile(teller, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
      throw new OpslagFout("OPSLAG_TELLER_ONGELDIG", { teller });
    }
    const stand = leesGeneratie(basename(this.bestand), tekst, this.sleutel);
    if (stand === undefined) throw new OpslagFout("OPSLAG_TELLER_ONGELDIG", { teller });
    return stand;
  }

  /** Hands the next `read` the data file as read a moment ago, so opening the store parses it once, not twice. */
  gebruikBijLezen(gelezen: Gelezen): void {
    this.voorgelezen = gelezen;
  }

  async read(): Promise<Bestand | null> {
    const gelezen = this.voorgelezen ?? (await this.lees(this.bestand));
    this.voorgelezen = null;
    if (!gelezen) return null;
    this.onversleuteldGelezen = this.sleutel !== undefined && gelezen.onversleuteld;
    this.gemigreerdVan = gelezen.gemigreerdVan;
    this.generatie = gelezen.generatie;
    return gelezen.data;
  }

  /** Writes the next generation; encrypted, the counter beside it follows (a crash in between leaves the file ahead, which is accepted). */
  async write(data: Bestand): Promise<void> {
    // Plain, the cached entries go to the file as they are: no copy of the whole file in memory.
    if (!this.sleutel) return schrijfAtomisch(this.bestand, alsJson(data, schrijfruimte), this.schijf);
    const generatie = this.generatie + 1;
    await schrijfAtomisch(this.bestand, versleutel(alsJson(data), this.sleutel, generatie), this.schijf);
    this.generatie = generatie;
    await schrijfAtomisch(tellerVan(this.bestand), generatieTekst(basename(this.bestand), generatie, this.sleutel), this.schijf);
  }
}

export { leegBestand, BESTANDSMODUS };
