import { execFile } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { afterAll, describe, expect, it } from "vitest";

const npm = promisify(execFile);
const env = { TEAMS_APP_ID: "6f2d3c1a-0b4e-4f7a-9c1d-2e3f4a5b6c7d", BOT_ID: "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b", BOT_DOMAIN: "maatwerkbot.example.org" };
const mappen: string[] = [];
afterAll(async () => {
  for (const m of mappen) await rm(m, { recursive: true, force: true });
});

/** The state of the default output, to see that a run elsewhere leaves the tree alone. */
const standaard = () => (existsSync("appPackage/build/appPackage.zip") ? statSync("appPackage/build/appPackage.zip").mtimeMs : undefined);

describe("npm run package", () => {
  it("writes the app zip into the folder given with --uit: the filled-in manifest and both icons, and nothing into appPackage/build", async () => {
    const map = await mkdtemp(join(tmpdir(), "maatwerkbot-pakket-"));
    mappen.push(map);
    const voor = standaard();
    const { stdout } = await npm("npm", ["run", "--silent", "package", "--", "--uit", map], { env: { ...process.env, ...env } });
    expect(stdout).toContain(`${join(map, "appPackage.zip")} geschreven.`);
    expect(standaard()).toBe(voor);

    const zip = await JSZip.loadAsync(await readFile(join(map, "appPackage.zip")));
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const tekst = await zip.file("manifest.json")!.async("string");
    expect(tekst).not.toContain("${{");
    const manifest = JSON.parse(tekst) as { id: string; bots: { botId: string }[]; validDomains: string[]; name: { short: string } };
    expect(manifest.id).toBe(env.TEAMS_APP_ID);
    expect(manifest.bots[0]!.botId).toBe(env.BOT_ID);
    expect(manifest.validDomains).toEqual([env.BOT_DOMAIN]);
    expect(manifest.name.short).toBe("Maatwerkbot");
    expect(Buffer.from(await zip.file("color.png")!.async("uint8array")).equals(readFileSync("appPackage/color.png"))).toBe(true);
    expect(Buffer.from(await zip.file("outline.png")!.async("uint8array")).equals(readFileSync("appPackage/outline.png"))).toBe(true);
  });

  it("refuses in Dutch, naming the missing variables, and writes no zip", async () => {
    const map = await mkdtemp(join(tmpdir(), "maatwerkbot-pakket-"));
    mappen.push(map);
    const zonder = Object.fromEntries(Object.entries(process.env).filter(([k]) => !(k in env)));
    const fout = await npm("npm", ["run", "--silent", "package", "--", "--uit", map], { env: { ...zonder, BOT_ID: env.BOT_ID } }).catch((e: { code: number; stderr: string }) => e);
    expect("code" in fout && fout.code).toBe(1);
    expect(fout.stderr).toContain("Pakket niet gemaakt: Vul deze omgevingsvariabelen in voor het app-pakket: TEAMS_APP_ID, BOT_DOMAIN.");
    expect(existsSync(join(map, "appPackage.zip"))).toBe(false);
  });
});
