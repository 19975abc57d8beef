/**
 * `npm run build`: compiles the bot to JavaScript (tsc, tsconfig.build.json) and copies
 * what it reads beside its code at run time: the card templates and the SQL migrations.
 * `--uit <map>` writes elsewhere than dist/ (for the test).
 */
import { execFileSync } from "node:child_process";
import { cp, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { uit: { type: "string", default: "dist" } } });
const uit = resolve(values.uit);
await rm(uit, { recursive: true, force: true });
execFileSync(process.execPath, [join("node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json", "--outDir", uit], { stdio: "inherit" });
await cp("cards", join(uit, "cards"), { recursive: true, filter: (bron) => !bron.endsWith(".ts") });
await cp(join("src", "storage", "postgres", "migraties"), join(uit, "src", "storage", "postgres", "migraties"), { recursive: true });
console.log(`Gebouwd in ${uit}; start met: node ${join(values.uit, "bot", "index.js")}`);
