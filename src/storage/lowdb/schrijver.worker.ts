/**
 * The embedded store's writer thread: writes each file it is sent with schrijfAtomischNu
 * and answers with nothing or with the coded failure, in the order they came.
 */
import { parentPort } from "node:worker_threads";
import { isOpslagFout } from "../fouten.js";
import { schrijfAtomischNu } from "./schrijven.js";
import type { Opdracht, Uitslag } from "./schrijver.js";

parentPort!.on("message", ({ id, bestand, data }: Opdracht) => {
  let uitslag: Uitslag;
  try {
    schrijfAtomischNu(bestand, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    uitslag = { id };
  } catch (error) {
    uitslag = { id, details: isOpslagFout(error) ? error.details : { bestand, fout: (error as Error).message } };
  }
  // The memory goes back for the next write (handed over, not copied).
  parentPort!.postMessage({ ...uitslag, terug: data.buffer as ArrayBuffer } satisfies Uitslag, [data.buffer as ArrayBuffer]);
});
