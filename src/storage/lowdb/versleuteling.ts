import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { OpslagFout } from "../fouten.js";

const ALGORITME = "aes-256-gcm";

/** The store file when encrypted: AES-256-GCM over the JSON, with its nonce and authentication tag. */
interface Envelop {
  versleuteld: typeof ALGORITME;
  /** The write's generation, authenticated with the content (GCM additional data); absent in files from before rollback detection. */
  generatie?: number;
  iv: string;
  tag: string;
  inhoud: string;
}

/** Whether a file's text is an encrypted envelope. */
export function isVersleuteld(tekst: string): boolean {
  return tekst.trimStart().startsWith('{"versleuteld"');
}

const aad = (generatie: number) => Buffer.from(`maatwerkbot-generatie:${generatie}`, "utf8");

/** Encrypts the store's JSON with the 32-byte key; a fresh nonce every write, the generation authenticated with it. */
export function versleutel(json: string | Buffer, sleutel: Buffer, generatie: number): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITME, sleutel, iv);
  cipher.setAAD(aad(generatie));
  const inhoud = Buffer.concat([typeof json === "string" ? cipher.update(json, "utf8") : cipher.update(json), cipher.final()]);
  const envelop: Envelop = { versleuteld: ALGORITME, generatie, iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64"), inhoud: inhoud.toString("base64") };
  return JSON.stringify(envelop);
}

/** Decrypts an envelope to its JSON and generation (0 for an old file); a missing or wrong key is a coded error, and the file stays as it is. */
export function ontsleutelMetGeneratie(bestand: string, tekst: string, sleutel: Buffer | undefined): { tekst: string; generatie: number } {
  if (!sleutel) throw new OpslagFout("OPSLAG_VERSLEUTELD", { bestand });
  try {
    const envelop = JSON.parse(tekst) as Envelop;
    const decipher = createDecipheriv(ALGORITME, sleutel, Buffer.from(envelop.iv, "base64"));
    const generatie = envelop.generatie;
    if (generatie !== undefined) {
      if (!Number.isSafeInteger(generatie) || generatie < 0) throw new Error("generatie");
      decipher.setAAD(aad(generatie));
    }
    decipher.setAuthTag(Buffer.from(envelop.tag, "base64"));
    return { tekst: Buffer.concat([decipher.update(Buffer.from(envelop.inhoud, "base64")), decipher.final()]).toString("utf8"), generatie: generatie ?? 0 };
  } catch {
    throw new OpslagFout("OPSLAG_SLEUTEL_ONJUIST", { bestand });
  }
}

/** Decrypts an envelope to its JSON. */
export function ontsleutel(bestand: string, tekst: string, sleutel: Buffer | undefined): string {
  return ontsleutelMetGeneratie(bestand, tekst, sleutel).tekst;
}

/** The key that authenticates the generation counter beside the file, derived from the store key. */
function tellerSleutel(sleutel: Buffer): Buffer {
  return Buffer.from(hkdfSync("sha256", sleutel, Buffer.alloc(0), "maatwerkbot generatieteller", 32));
}

/** The counter file's text: the generation and its HMAC, bound to the data file's name. */
export function generatieTekst(naam: string, generatie: number, sleutel: Buffer): string {
  const mac = createHmac("sha256", tellerSleutel(sleutel)).update(`${naam}:${generatie}`).digest("base64");
  return JSON.stringify({ generatie, mac });
}

/** The generation in a counter file's text; undefined when it is malformed or its HMAC does not match. */
export function leesGeneratie(naam: string, tekst: string, sleutel: Buffer): number | undefined {
  try {
    const { generatie, mac } = JSON.parse(tekst) as { generatie?: unknown; mac?: unknown };
    if (typeof generatie !== "number" || !Number.isSafeInteger(generatie) || generatie < 0 || typeof mac !== "string") return undefined;
    const verwacht = Buffer.from(JSON.parse(generatieTekst(naam, generatie, sleutel)).mac as string, "base64");
    const gegeven = Buffer.from(mac, "base64");
    return gegeven.length === verwacht.length && timingSafeEqual(gegeven, verwacht) ? generatie : undefined;
  } catch {
    return undefined;
  }
}
