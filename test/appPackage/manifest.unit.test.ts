import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { herkenCommando } from "../../bot/commandos.js";
import { valideerManifest, vulManifest } from "../../scripts/manifest.js";
import { herkenVraag } from "../../src/services/vragen/herken.js";

const sjabloon = readFileSync("appPackage/manifest.json", "utf8");
const env = { TEAMS_APP_ID: "6f2d3c1a-0b4e-4f7a-9c1d-2e3f4a5b6c7d", BOT_ID: "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b", BOT_DOMAIN: "maatwerkbot.example.org" };

describe("the Teams app package", () => {
  it("the manifest, filled in, validates against the official schema of its version (offline)", async () => {
    const manifest = vulManifest(sjabloon, env);
    expect(Number(String(manifest.manifestVersion).split(".")[1])).toBeGreaterThanOrEqual(19);
    expect(await valideerManifest(manifest)).toEqual([]);
  });

  it("a broken manifest is caught by that validation", async () => {
    const manifest = { ...vulManifest(sjabloon, env), accentColor: "groen", onbekend: true };
    expect((await valideerManifest(manifest)).length).toBeGreaterThan(0);
  });

  it("names every missing variable", () => {
    expect(() => vulManifest(sjabloon, { BOT_ID: env.BOT_ID })).toThrow("TEAMS_APP_ID, BOT_DOMAIN");
  });

  it("is Dutch: name and descriptions as users read them in Teams", () => {
    const manifest = vulManifest(sjabloon, env) as { name: unknown; description: unknown };
    expect(manifest.name).toEqual({ short: "Maatwerkbot", full: "Maatwerkbot passend onderwijs" });
    expect(manifest.description).toEqual({
      short: "Aanvragen maatwerk- en innovatiebudget in Teams",
      full: "Vul aanvragen voor maatwerk- en innovatiebudget in, stap voor stap langs de criteria van de regeling, en laat ze beoordelen door wie beslist.",
    });
  });

  it("personal scope, and lists the useful chat commands (at most 10) with Dutch descriptions, each one the bot understands as typed", () => {
    const manifest = vulManifest(sjabloon, env) as { bots: { scopes: string[]; commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[] }[] };
    const bot = manifest.bots[0]!;
    expect(bot.scopes).toEqual(["personal"]);
    expect(bot.commandLists.map((l) => l.scopes)).toEqual([["personal"]]);
    const commands = bot.commandLists[0]!.commands;
    expect(commands.length).toBeLessThanOrEqual(10);
    expect(Object.fromEntries(commands.map((c) => [c.title, c.description]))).toEqual({
      "nieuwe aanvraag": "Een aanvraag voor maatwerk- of innovatiebudget beginnen",
      "mijn concepten": "Verder met een concept",
      "mijn aanvragen": "Je aanvragen en hoe ze ervoor staan",
      status: "De stand van een aanvraag: typ status en het nummer, bijvoorbeeld status MW-2026-0007",
      "wat ligt er bij mij": "De aanvragen die op jouw besluit wachten",
      "openstaande aanvragen": "De openstaande aanvragen, eventueel van één school",
      geschiedenis: "Het verloop van een aanvraag: typ geschiedenis en het nummer",
      budget: "Hoeveel budget er nog is, per regeling en schooljaar",
      rapportage: "De monitoringsrapportage van het schooljaar, ook als CSV (staf)",
      help: "Wat kan ik hier doen?",
    });
    // Teams puts the title in the compose box as is: the bot must understand it so.
    const begrepen = commands.map((c) => herkenCommando(c.title)?.soort ?? herkenVraag(c.title)?.soort);
    expect(begrepen).toEqual(["nieuwe-aanvraag", "mijn-concepten", "mijn-aanvragen", "status", "bij-mij", "openstaand", "geschiedenis", "budget", "rapportage", "help"]);
  });

  it("has a 192x192 colour icon and a 32x32 outline icon that is white on transparent", () => {
    const kleur = PNG.sync.read(readFileSync("appPackage/color.png"));
    expect([kleur.width, kleur.height]).toEqual([192, 192]);
    const omtrek = PNG.sync.read(readFileSync("appPackage/outline.png"));
    expect([omtrek.width, omtrek.height]).toEqual([32, 32]);
    let transparant = 0;
    for (let i = 0; i < omtrek.data.length; i += 4) {
      const [r, g, b, a] = [omtrek.data[i]!, omtrek.data[i + 1]!, omtrek.data[i + 2]!, omtrek.data[i + 3]!];
      if (a === 0) transparant++;
      else expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(transparant).toBeGreaterThan(32 * 32 * 0.5);
  });
});
