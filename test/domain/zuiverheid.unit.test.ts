import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const DOMEIN = resolve("src/domain");
const TOEGESTAAN = new Set(["zod", "zod/v4", "luxon"]);

function bestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? bestanden(join(map, e.name)) : e.name.endsWith(".ts") ? [join(map, e.name)] : []));
}

describe("the domain core is pure (issue: nothing under src/domain imports from outside src/domain)", () => {
  it("imports only its own files and the pure libraries zod and luxon", () => {
    const overtredingen: string[] = [];
    for (const bestand of bestanden(DOMEIN)) {
      const bron = readFileSync(bestand, "utf8");
      for (const [, pad] of bron.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)/g)) {
        if (pad === undefined) continue;
        const buiten = pad.startsWith(".") ? relative(DOMEIN, resolve(dirname(bestand), pad)).startsWith("..") : !TOEGESTAAN.has(pad);
        if (buiten) overtredingen.push(`${relative(DOMEIN, bestand)} → ${pad}`);
      }
      if (/\bprocess\.|\bfetch\(|\bDate\.now\(|new Date\(\)/.test(bron)) overtredingen.push(`${relative(DOMEIN, bestand)} gebruikt klok, omgeving of netwerk`);
    }
    expect(overtredingen).toEqual([]);
  });
});
