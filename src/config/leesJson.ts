import { readFile } from "node:fs/promises";
import type { z } from "zod/v4";
import { configFout } from "./fouten.js";
import { nederlands } from "./nederlands.js";

/** Read a JSON configuration file and parse it with a schema; every failure names the file and the path. */
export async function leesJson<S extends z.ZodType>(bestand: string, schema: S): Promise<z.infer<S>> {
  let tekst: string;
  try {
    tekst = await readFile(bestand, "utf8");
  } catch (error) {
    throw configFout(bestand, [{ pad: [], bericht: `Kan het bestand niet lezen (${(error as NodeJS.ErrnoException).code ?? "onbekend"}).` }]);
  }
  let ruw: unknown;
  try {
    ruw = JSON.parse(tekst);
  } catch (error) {
    throw configFout(bestand, [{ pad: [], bericht: `Geen geldige JSON: ${(error as Error).message}` }]);
  }
  const parsed = schema.safeParse(ruw, nederlands);
  if (!parsed.success) throw configFout(bestand, parsed.error.issues.map((i) => ({ pad: i.path, bericht: i.message })));
  return parsed.data;
}
