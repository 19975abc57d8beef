/**
 * `npm run controleer -- <swv.json>`: checks an SWV configuration with its regelingen exactly as
 * the bot does at start, and prints a summary to check by eye, or every problem (exit code 1).
 * `--profielen <map>` (or PROFIELEN_DIR) names the folder of regelingen; default config/regelingen.
 */
import { parseArgs } from "node:util";
import { controleerBestand } from "../src/config/controleer.js";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { profielen: { type: "string" } } });
const bestand = positionals[0];
if (bestand === undefined || positionals.length > 1) {
  console.error("Gebruik: npm run controleer -- <pad naar het SWV-bestand> [--profielen <map met regelingen>]");
  process.exit(2);
}
const uitslag = await controleerBestand(bestand, values.profielen ?? process.env.PROFIELEN_DIR ?? "config/regelingen");
if (uitslag.goed) {
  process.stdout.write(uitslag.tekst);
} else {
  process.stderr.write(uitslag.tekst);
  process.exit(1);
}
