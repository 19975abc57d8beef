import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Briefmiddelen } from "./pdf.js";

const require = createRequire(import.meta.url);

/** The font the letter is set in: IBM Plex Sans (SIL Open Font License 1.1), latin subset, from @fontsource. */
export const LETTERTYPE = "@fontsource/ibm-plex-sans";

async function lettertype(gewicht: 400 | 600): Promise<Uint8Array> {
  return new Uint8Array(await readFile(require.resolve(`${LETTERTYPE}/files/ibm-plex-sans-latin-${gewicht}-normal.woff`)));
}

/** Reads the letter's font (regular and semibold) once, with the SWV's logo as loaded with the configuration. */
export async function laadBriefmiddelen(logo?: Uint8Array): Promise<Briefmiddelen> {
  const [regulier, vet] = await Promise.all([lettertype(400), lettertype(600)]);
  return logo ? { regulier, vet, logo } : { regulier, vet };
}
