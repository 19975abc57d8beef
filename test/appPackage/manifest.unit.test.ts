import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { valideerManifest, vulManifest } from "../../scripts/manifest.js";

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

  it("is Dutch, personal scope, and lists the chat commands", () => {
    const manifest = vulManifest(sjabloon, env) as { name: { short: string }; bots: { scopes: string[]; commandLists: { commands: { title: string }[] }[] }[] };
    expect(manifest.bots[0]!.scopes).toEqual(["personal"]);
    expect(manifest.bots[0]!.commandLists[0]!.commands.map((c) => c.title)).toEqual(["nieuwe aanvraag", "mijn concepten", "help"]);
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
