import * as fs from "node:fs";
import { dirname } from "node:path";
import { threadId } from "node:worker_threads";
import { OpslagFout } from "../fouten.js";

/** Files the store creates are readable and writable by the owner only. */
export const BESTANDSMODUS = 0o600;

/** The file-system calls the writer makes; a test puts a failing one in place to inject faults. */
export interface Schijf {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, buffer: Buffer, offset: number, length: number) => number;
  fstatSync: (fd: number) => { size: number };
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  linkSync: typeof fs.linkSync;
  unlinkSync: typeof fs.unlinkSync;
  copyFileSync: typeof fs.copyFileSync;
}

/** The real file system. */
export const echteSchijf: Schijf = {
  openSync: fs.openSync,
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fstatSync: (fd) => fs.fstatSync(fd),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  linkSync: fs.linkSync,
  unlinkSync: fs.unlinkSync,
  copyFileSync: fs.copyFileSync,
};

/** The previous good generation of a data file, kept beside it. */
export const vorigeVan = (bestand: string) => `${bestand}.vorige`;

let volgnummer = 0;

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Makes the current file the previous generation (`.vorige`): a hard link (no extra
 * space) under a temporary name, renamed over the old one, so a `.vorige` is always
 * there once there was a file. A file system without hard links gets a copy. The
 * temporary name is only there after a crash between link and rename: it is removed
 * then, not looked for on every write.
 */
function bewaarVorige(bestand: string, schijf: Schijf): void {
  const nieuw = `${vorigeVan(bestand)}-nieuw`;
  try {
    try {
      schijf.linkSync(bestand, nieuw);
    } catch (error) {
      if (code(error) !== "EEXIST") throw error;
      schijf.unlinkSync(nieuw);
      schijf.linkSync(bestand, nieuw);
    }
  } catch (error) {
    if (code(error) === "ENOENT") return;
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "EXDEV", "ENOSYS"].includes(code(error) ?? "")) throw error;
    schijf.copyFileSync(bestand, nieuw);
  }
  schijf.renameSync(nieuw, vorigeVan(bestand));
}

/** fsync of an open file, closing it whatever happens. */
function syncEnSluit(fd: number, schijf: Schijf, voorSluiten: () => void = () => undefined): void {
  try {
    voorSluiten();
    schijf.fsyncSync(fd);
  } finally {
    schijf.closeSync(fd);
  }
}

/**
 * Writes a file so that it is either the old one or the whole new one, never a
 * truncated mix: every byte into a temp file (each write's count checked, the loop
 * going on after a short one), its size checked, fsync, the current file kept as
 * `.vorige`, rename, fsync of the folder. Any failure (ENOSPC, EIO, EDQUOT, a short
 * file) removes the temp file, leaves the data file as it was and throws
 * OPSLAG_NIET_BEWAARD with the cause as details. Synchronous: it runs in the writer's
 * own thread (schrijver.ts), or in the caller's when a test injects a failing disk.
 */
export function schrijfAtomischNu(bestand: string, data: Buffer, schijf: Schijf = echteSchijf): void {
  // `<file>.<digits>`: the pattern ruimTijdelijkeBestandenOp removes after a crash.
  const tijdelijk = `${bestand}.${process.pid}${String(threadId).padStart(3, "0")}${String(++volgnummer).padStart(6, "0")}`;
  try {
    const fd = schijf.openSync(tijdelijk, "wx", BESTANDSMODUS);
    syncEnSluit(fd, schijf, () => {
      for (let plek = 0; plek < data.length; ) {
        const geschreven = schijf.writeSync(fd, data, plek, data.length - plek);
        if (geschreven <= 0) throw Object.assign(new Error(`Kort geschreven: ${plek} van ${data.length} bytes.`), { code: "EKORT" });
        plek += geschreven;
      }
      const { size } = schijf.fstatSync(fd);
      if (size !== data.length) throw Object.assign(new Error(`Kort geschreven: ${size} van ${data.length} bytes.`), { code: "EKORT" });
    });
    bewaarVorige(bestand, schijf);
    schijf.renameSync(tijdelijk, bestand);
    syncEnSluit(schijf.openSync(dirname(bestand), "r"), schijf);
  } catch (error) {
    try {
      schijf.unlinkSync(tijdelijk);
    } catch {
      // Not there (the open failed) or not removable: ruimTijdelijkeBestandenOp takes it at the next start.
    }
    throw new OpslagFout("OPSLAG_NIET_BEWAARD", undefined, { bestand, code: code(error), fout: (error as Error).message });
  }
}
