import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const DOMEIN = resolve("src/domain");
const TOEGESTAAN = new Set(["zod", "zod/v4", "luxon"]);
const VERBODEN = /^(botbuilder|@microsoft\/teams-ai|restify|lowdb)(\/|$)/;

function bestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? bestanden(join(map, e.name)) : e.name.endsWith(".ts") ? [join(map, e.name)] : [],
  );
}

/** Every module a source file loads: static imports, side-effect imports, re-exports, dynamic import() and require(). */
function importsVan(bron: string): string[] {
  return ts.preProcessFile(bron, true, true).importedFiles.map((f) => f.fileName);
}

/** Why an import in `bestand` breaks the purity of the domain, or undefined when it is allowed. */
function overtreding(bestand: string, pad: string): string | undefined {
  if (pad.startsWith(".")) {
    const doel = relative(DOMEIN, resolve(dirname(bestand), pad));
    return doel.startsWith("..") || doel === "" ? "verlaat src/domain" : undefined;
  }
  if (pad.startsWith("node:") || builtinModules.includes(pad)) return "Node-module";
  if (VERBODEN.test(pad)) return "Teams, server of opslag";
  return TOEGESTAAN.has(pad) ? undefined : "niet toegestane bibliotheek";
}

describe("the domain core is pure (style.md: src/domain uses nothing outside itself)", () => {
  const domeinbestanden = bestanden(DOMEIN);

  it("the scan sees every source file of the domain", () => {
    expect(domeinbestanden.map((b) => relative(DOMEIN, b))).toEqual(
      expect.arrayContaining(["aanvraag.ts", "lifecycle.ts", "regeling.ts", "validatie.ts", "budget.ts", "routering.ts", "swv.ts", "datum.ts", "errors.ts"]),
    );
  });

  it("given every file under src/domain, then each import stays inside it or is zod, zod/v4 or luxon", () => {
    const gevonden = domeinbestanden.flatMap((bestand) =>
      importsVan(readFileSync(bestand, "utf8")).flatMap((pad) => {
        const waarom = overtreding(bestand, pad);
        return waarom ? [`${relative(DOMEIN, bestand)} → ${pad} (${waarom})`] : [];
      }),
    );
    expect(gevonden).toEqual([]);
  });

  it("given every file under src/domain, then none reads the clock, the environment or the network itself", () => {
    const gevonden = domeinbestanden.filter((b) => /\bprocess\.|\bfetch\(|\bDate\.now\(|new Date\(\)/.test(readFileSync(b, "utf8")));
    expect(gevonden.map((b) => relative(DOMEIN, b))).toEqual([]);
  });

  describe("the scan itself catches what it must", () => {
    const bestand = join(DOMEIN, "voorbeeld.ts");
    const bron = [
      'import { readFileSync } from "node:fs";',
      'import path from "path";',
      'import "../config/omgeving.js";',
      'export { x } from "../storage/ports.js";',
      'import type { TurnContext } from "botbuilder";',
      'const app = await import("@microsoft/teams-ai");',
      'const low = require("lowdb");',
      'import restify from "restify";',
      'import { z } from "zod/v4";',
      'import { DateTime } from "luxon";',
      'import { Aanvraag } from "./aanvraag.js";',
    ].join("\n");

    it("it finds static, side-effect, re-exported, type-only, dynamic and required imports", () => {
      expect(importsVan(bron)).toHaveLength(11);
    });

    it("it refuses Node modules, paths outside src/domain, Teams, restify and lowdb, and allows zod, luxon and siblings", () => {
      expect(importsVan(bron).map((pad) => overtreding(bestand, pad) ?? "toegestaan")).toEqual([
        "Node-module",
        "Node-module",
        "verlaat src/domain",
        "verlaat src/domain",
        "Teams, server of opslag",
        "Teams, server of opslag",
        "Teams, server of opslag",
        "Teams, server of opslag",
        "toegestaan",
        "toegestaan",
        "toegestaan",
      ]);
    });
  });
});
