import { Worker } from "node:worker_threads";
import { OpslagFout } from "../fouten.js";
import { echteSchijf, schrijfAtomischNu, type Schijf } from "./schrijven.js";

/** A file to write, as sent to the writer thread. */
export interface Opdracht {
  id: number;
  bestand: string;
  data: Uint8Array;
}

/** The writer thread's answer: no details when the file was written; the memory of the bytes handed back, for the next write. */
export interface Uitslag {
  id: number;
  details?: unknown;
  terug?: ArrayBuffer;
}

/** Memory this module handed out for a file's bytes: it can go to the writer thread and come back without a copy. */
const eigen = new WeakSet<ArrayBufferLike>();
/** The memory of the last write, back from the writer thread: the next write of the same size or smaller uses it again. */
let reserve: ArrayBuffer | undefined;
/** Larger files are rare and few (a store of thousands of aanvragen): their memory is not kept between writes. */
const MAX_RESERVE = 8 << 20;
/** Memory not used again within this time is let go: a quiet bot keeps nothing of the size of its file. */
const RESERVE_MS = 10_000;
let loslaten: NodeJS.Timeout | undefined;

/** Keeps `geheugen` for the next write, for a while, when it is larger than what is kept and not too large. */
function bewaarReserve(geheugen: ArrayBuffer): void {
  if (geheugen.byteLength > MAX_RESERVE || (reserve && reserve.byteLength >= geheugen.byteLength)) return;
  eigen.add(geheugen);
  reserve = geheugen;
  clearTimeout(loslaten);
  loslaten = setTimeout(() => (reserve = undefined), RESERVE_MS).unref();
}

/**
 * A buffer of `lengte` bytes for a file's contents, to pass to schrijfAtomisch: the memory
 * of a recent write when it is large enough, otherwise new memory with a quarter to spare.
 * So a busy bot writing its file again and again does not make garbage of its size each time.
 */
export function schrijfruimte(lengte: number): Buffer {
  if (reserve && reserve.byteLength >= lengte) {
    const b = Buffer.from(reserve, 0, lengte);
    reserve = undefined;
    return b;
  }
  const geheugen = new ArrayBuffer(Math.max(lengte + (lengte >> 2), 1024));
  eigen.add(geheugen);
  return Buffer.from(geheugen, 0, lengte);
}

/** Where the writer thread's code is: beside this file, as TypeScript (run through tsx in development and tests) or as the built JavaScript. */
const WERKER = new URL(import.meta.url.endsWith(".ts") ? "./schrijver.worker.ts" : "./schrijver.worker.js", import.meta.url).href;

/** Starts the writer thread; from TypeScript it first registers tsx in that thread, as the process itself runs under it. */
function startWerker(): Worker {
  if (WERKER.endsWith(".js")) return new Worker(new URL(WERKER));
  return new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(WERKER)}); })`, { eval: true });
}

let werker: Worker | undefined;
let volgende = 0;
const wachtend = new Map<number, { klaar: () => void; faal: (error: unknown) => void }>();

/** Every write still waiting fails with the thread's end; the next write starts a new thread. */
function werkerWeg(reden: string): void {
  werker = undefined;
  const fout = new OpslagFout("OPSLAG_NIET_BEWAARD", undefined, { fout: `De schrijfthread stopte: ${reden}` });
  for (const w of wachtend.values()) w.faal(fout);
  wachtend.clear();
}

function deWerker(): Worker {
  if (werker) return werker;
  const w = startWerker();
  w.on("message", ({ id, details, terug }: Uitslag) => {
    if (terug) bewaarReserve(terug);
    const wacht = wachtend.get(id);
    wachtend.delete(id);
    // Idle, the thread does not keep the process alive; with a write under way it does.
    if (wachtend.size === 0) w.unref();
    if (details === undefined) wacht?.klaar();
    else wacht?.faal(new OpslagFout("OPSLAG_NIET_BEWAARD", undefined, details));
  });
  w.on("error", (error) => werkerWeg(error.message));
  w.on("exit", (code) => werker === w && werkerWeg(`code ${code}`));
  w.unref();
  werker = w;
  return w;
}

/**
 * Writes `data` to `bestand` atomically (schrijfAtomischNu) in a thread of its own. The
 * dozen file-system steps of a write then run one after the other on the disk, and the
 * caller waits for one answer, instead of each step waiting its turn in an event loop
 * busy with other requests (which made a write of a loaded bot take tens of
 * milliseconds where the disk needs a few). Writes are done in the order they are sent.
 */
function schrijfInWerker(bestand: string, data: Buffer): Promise<void> {
  // Handed over below, so it must have its memory to itself: eigenBuffer's are.
  return new Promise((klaar, faal) => {
    const id = ++volgende;
    wachtend.set(id, { klaar, faal });
    const w = deWerker();
    w.ref();
    // Handed over, not copied: `data` is not used here again.
    w.postMessage({ id, bestand, data } satisfies Opdracht, [data.buffer as ArrayBuffer]);
  });
}

/** What a write takes: the whole text or bytes, or the bytes as parts in order (the store's cached entries). */
export type Inhoud = string | Buffer | readonly Buffer[];

/**
 * The bytes of `inhoud` in one buffer with memory of its own, so it can be handed to the
 * writer thread without a copy (a buffer from Node's shared pool cannot be handed over).
 */
function eigenBuffer(inhoud: Inhoud): Buffer {
  if (Buffer.isBuffer(inhoud) && eigen.has(inhoud.buffer)) return inhoud;
  if (typeof inhoud === "string") {
    const b = schrijfruimte(Buffer.byteLength(inhoud, "utf8"));
    b.write(inhoud, "utf8");
    return b;
  }
  const delen = Buffer.isBuffer(inhoud) ? [inhoud] : inhoud;
  let lengte = 0;
  for (const d of delen) lengte += d.length;
  const b = schrijfruimte(lengte);
  let plek = 0;
  for (const d of delen) plek += d.copy(b, plek);
  return b;
}

/**
 * Writes a file atomically (schrijfAtomischNu): in the writer thread on the real disk, in
 * this thread when a test passes a disk of its own to inject faults. The bytes are joined
 * once and handed over, not copied again: at 10,000 aanvragen a write holds the 25 MB file
 * once, until the thread has written it.
 */
export async function schrijfAtomisch(bestand: string, inhoud: Inhoud, schijf?: Schijf): Promise<void> {
  const data = eigenBuffer(inhoud);
  if (schijf && schijf !== echteSchijf) return schrijfAtomischNu(bestand, data, schijf);
  return schrijfInWerker(bestand, data);
}
