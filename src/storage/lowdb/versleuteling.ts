import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { OpslagFout } from "../fouten.js";

const ALGORITME = "aes-256-gcm";

/** The store file when encrypted: AES-256-GCM over the JSON, with its nonce and authentication tag. */
interface Envelop {
  versleuteld: typeof ALGORITME;
  iv: string;
  tag: string;
  inhoud: string;
}

/** Whether a file's text is an encrypted envelope. */
export function isVersleuteld(tekst: string): boolean {
  return tekst.trimStart().startsWith('{"versleuteld"');
}

/** Encrypts the store's JSON with the 32-byte key; a fresh nonce every write. */
export function versleutel(tekst: string, sleutel: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITME, sleutel, iv);
  const inhoud = Buffer.concat([cipher.update(tekst, "utf8"), cipher.final()]);
  const envelop: Envelop = { versleuteld: ALGORITME, iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64"), inhoud: inhoud.toString("base64") };
  return JSON.stringify(envelop);
}

/** Decrypts an envelope; a missing or wrong key is a coded error, and the file stays as it is. */
export function ontsleutel(bestand: string, tekst: string, sleutel: Buffer | undefined): string {
  if (!sleutel) throw new OpslagFout("OPSLAG_VERSLEUTELD", { bestand });
  let envelop: Envelop;
  try {
    envelop = JSON.parse(tekst) as Envelop;
    const decipher = createDecipheriv(ALGORITME, sleutel, Buffer.from(envelop.iv, "base64"));
    decipher.setAuthTag(Buffer.from(envelop.tag, "base64"));
    return Buffer.concat([decipher.update(Buffer.from(envelop.inhoud, "base64")), decipher.final()]).toString("utf8");
  } catch {
    throw new OpslagFout("OPSLAG_SLEUTEL_ONJUIST", { bestand });
  }
}
