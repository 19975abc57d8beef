import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A bench SWV: the demo with `aantal` extra consulenten of Basisschool De Regenboog (01AA); resolves to the config file and their ids. */
export async function benchSwv(aantal: number): Promise<{ bestand: string; consulenten: string[] }> {
  const demo = JSON.parse(await readFile("config/swv/demo.json", "utf8")) as { personen: unknown[] };
  const consulenten = Array.from({ length: aantal }, (_, i) => `bench-consulent-${String(i).padStart(4, "0")}`);
  demo.personen.push(...consulenten.map((id, i) => ({ id, naam: `Consulent ${i + 1}`, rollen: [{ rol: "consulent", scholen: ["01AA"] }] })));
  const bestand = join(await mkdtemp(join(tmpdir(), "maatwerkbot-bench-")), "swv.json");
  await writeFile(bestand, JSON.stringify(demo));
  await copyFile("config/swv/demo-logo.png", join(dirname(bestand), "demo-logo.png"));
  return { bestand, consulenten };
}
