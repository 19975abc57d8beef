import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** An SWV config and profile folder derived from the demo, changed by `wijzig`; resolves to the environment that points the bot at them. */
export async function varianten(wijzig: { swv?: (swv: Record<string, unknown>) => void; profiel?: [string, (p: { regelingen: Record<string, unknown>[] }) => void] }) {
  const dir = await mkdtemp(join(tmpdir(), "maatwerkbot-variant-"));
  await cp("config/regelingen", join(dir, "regelingen"), { recursive: true });
  const swv = JSON.parse(await readFile("config/swv/demo.json", "utf8"));
  wijzig.swv?.(swv);
  await writeFile(join(dir, "swv.json"), JSON.stringify(swv));
  await cp("config/swv/demo-logo.png", join(dir, "demo-logo.png"));
  if (wijzig.profiel) {
    const bestand = join(dir, "regelingen", `${wijzig.profiel[0]}.json`);
    const profiel = JSON.parse(await readFile(bestand, "utf8"));
    wijzig.profiel[1](profiel);
    await writeFile(bestand, JSON.stringify(profiel));
  }
  return { SWV_CONFIG: join(dir, "swv.json"), PROFIELEN_DIR: join(dir, "regelingen") };
}
