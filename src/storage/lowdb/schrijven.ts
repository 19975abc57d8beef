import * as fsp from "node:fs/promises";
import { dirname } from "node:path";
import { OpslagFout } from "../fouten.js";

/** Files the store creates are readable and writable by the owner only. */
export const BESTANDSMODUS = 0o600;

/** The file-system calls the writer makes; a test puts a failing one in place to inject faults. */
export interface Schijf {
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  link: typeof fsp.link;
  unlink: typeof fsp.unlink;
  copyFile: typeof fsp.copyFile;
}

/** The real file system. */
export const echteSchijf: Schijf = { open: fsp.open, rename: fsp.rename, link: fsp.link, unlink: fsp.unlink, copyFile: fsp.copyFile };

/** The previous good generation of a data file, kept beside it. */
export const vorigeVan = (bestand: string) => `${bestand}.vorige`;

let volgnummer = 0;

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

async function negeerOntbrekend(stap: Promise<unknown>): Promise<void> {
  try {
    await stap;
  } catch (error) {
    if (code(error) !== "ENOENT") throw error;
  }
}

/**
 * Makes the current file the previous generation (`.vorige`): a hard link (no extra
 * space) under a temporary name, renamed over the old one, so a `.vorige` is always
 * there once there was a file. A file system without hard links gets a copy. The
 * temporary name is only there after a crash between link and rename: it is removed
 * then, not looked for on every write.
 */
async function bewaarVorige(bestand: string, schijf: Schijf): Promise<void> {
  const nieuw = `${vorigeVan(bestand)}-nieuw`;
  try {
    try {
      await schijf.link(bestand, nieuw);
    } catch (error) {
      if (code(error) !== "EEXIST") throw error;
      await negeerOntbrekend(schijf.unlink(nieuw));
      await schijf.link(bestand, nieuw);
    }
  } catch (error) {
    if (code(error) === "ENOENT") return;
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "ENOSYS"].includes(code(error) ?? "")) throw error;
    await schijf.copyFile(bestand, nieuw);
  }
  await schijf.rename(nieuw, vorigeVan(bestand));
}

async function syncMap(map: string, schijf: Schijf): Promise<void> {
  const handle = await schijf.open(map, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** What a write takes: the whole text or bytes, or the bytes as parts in order (never joined into one buffer). */
export type Inhoud = string | Buffer | readonly Buffer[];

/** The most bytes one write call takes: small parts are gathered in one block of this size. */
const BLOK = 1 << 20;

/** Writes `buf[van, tot)` at `plek`, going on after a short write; returns the position after it. */
async function schrijfVolledig(handle: fsp.FileHandle, buf: Buffer, van: number, tot: number, plek: number): Promise<number> {
  while (van < tot) {
    const { bytesWritten } = await handle.write(buf, van, tot - van, plek);
    if (bytesWritten <= 0) throw Object.assign(new Error(`Niets geschreven bij byte ${plek}.`), { code: "EKORT" });
    van += bytesWritten;
    plek += bytesWritten;
  }
  return plek;
}

/**
 * Writes the parts one after the other from the start of the file: small ones gathered
 * in a single reused block, one of a block or more straight from its own memory. So
 * writing the store file never makes a second copy of it (at 10,000 aanvragen 25 MB).
 * Resolves to the number of bytes written.
 */
async function schrijfDelen(handle: fsp.FileHandle, delen: readonly Buffer[]): Promise<number> {
  let blok: Buffer | undefined;
  let gevuld = 0;
  let plek = 0;
  for (const deel of delen) {
    if (gevuld > 0 && gevuld + deel.length > BLOK) {
      plek = await schrijfVolledig(handle, blok!, 0, gevuld, plek);
      gevuld = 0;
    }
    if (deel.length >= BLOK) plek = await schrijfVolledig(handle, deel, 0, deel.length, plek);
    else gevuld += deel.copy((blok ??= Buffer.allocUnsafeSlow(BLOK)), gevuld);
  }
  return gevuld > 0 ? schrijfVolledig(handle, blok!, 0, gevuld, plek) : plek;
}

/**
 * Writes a file so that it is either the old one or the whole new one, never a
 * truncated mix: every byte into a temp file (a short write goes on with the rest),
 * its size checked, fsync, the current file kept as `.vorige`, rename, fsync of the
 * folder. Any failure (ENOSPC, EIO, EDQUOT, a short file) removes the temp file,
 * leaves the data file as it was and throws OPSLAG_NIET_BEWAARD with the cause as details.
 */
export async function schrijfAtomisch(bestand: string, inhoud: Inhoud, schijf: Schijf = echteSchijf): Promise<void> {
  const delen = typeof inhoud === "string" ? [Buffer.from(inhoud, "utf8")] : Buffer.isBuffer(inhoud) ? [inhoud] : inhoud;
  let lengte = 0;
  for (const d of delen) lengte += d.length;
  // `<file>.<digits>`: the pattern ruimTijdelijkeBestandenOp removes after a crash.
  const tijdelijk = `${bestand}.${process.pid}${String(++volgnummer).padStart(6, "0")}`;
  try {
    const handle = await schijf.open(tijdelijk, "wx", BESTANDSMODUS);
    try {
      await schrijfDelen(handle, delen);
      const { size } = await handle.stat();
      if (size !== lengte) throw Object.assign(new Error(`Kort geschreven: ${size} van ${lengte} bytes.`), { code: "EKORT" });
      await handle.sync();
    } finally {
      await handle.close();
    }
    await bewaarVorige(bestand, schijf);
    await schijf.rename(tijdelijk, bestand);
    await syncMap(dirname(bestand), schijf);
  } catch (error) {
    await schijf.unlink(tijdelijk).catch(() => undefined);
    throw new OpslagFout("OPSLAG_NIET_BEWAARD", undefined, { bestand, code: code(error), fout: (error as Error).message });
  }
}
