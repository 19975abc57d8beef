import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { playgroundObjectId } from "../../scripts/playground/config.js";
import { kiesPersonen, label } from "../../scripts/playground/personen.js";
import { poortVrij } from "../../scripts/playground/poorten.js";
import { SwvConfig } from "../../src/domain/swv.js";

const ROLLEN = "consulent,programmadirecteur";

async function vrijeReeks(aantal: number): Promise<number> {
  for (let poging = 0; poging < 50; poging++) {
    const basis = 20_000 + Math.floor(Math.random() * 20_000);
    const vrij = await Promise.all(Array.from({ length: aantal }, (_, i) => poortVrij(basis + i)));
    if (vrij.every(Boolean)) return basis;
  }
  throw new Error("Geen vrije reeks poorten gevonden.");
}

function nakomelingen(ouder: number): number[] {
  const paren = execFileSync("ps", ["-A", "-o", "pid=,ppid="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((r) => r.trim().split(/\s+/).map(Number));
  const uit: number[] = [];
  for (let rij = [ouder]; rij.length > 0; ) {
    rij = paren.filter(([, ppid]) => rij.includes(ppid!)).map(([pid]) => pid!);
    uit.push(...rij);
  }
  return uit;
}

/** Running, and not a zombie waiting for init. */
function draait(pid: number): boolean {
  try {
    const stat = execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }).trim();
    return stat !== "" && !stat.startsWith("Z");
  } catch {
    return false;
  }
}

async function binnen(ms: number, klaar: () => boolean | Promise<boolean>): Promise<boolean> {
  for (const einde = Date.now() + ms; Date.now() < einde; await new Promise((r) => setTimeout(r, 200))) if (await klaar()) return true;
  return klaar();
}

const status = (url: string) => fetch(url).then((r) => r.status, () => 0);

describe("npm start: the bot and one Agents Playground per person", () => {
  it("starts the bot and a Playground for each person with the chosen roles, prints the addresses, and leaves nothing behind on SIGTERM", async () => {
    const swv = SwvConfig.parse(JSON.parse(await readFile("config/swv/demo.json", "utf8")));
    const personen = kiesPersonen(swv.personen, ROLLEN);
    expect(personen.length).toBeGreaterThanOrEqual(2);
    const dir = await mkdtemp(join(tmpdir(), "maatwerkbot-dev-"));
    const botPoort = await vrijeReeks(personen.length + 1);
    const poorten = personen.map((_, i) => botPoort + 1 + i);

    const dev = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts"], {
      env: { ...process.env, PORT: String(botPoort), PLAYGROUND_PORT: String(poorten[0]), DATA_DIR: join(dir, "data"), PLAYGROUND_DIR: join(dir, "pg"), ROLLEN },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let uit = "";
    dev.stdout.on("data", (b: Buffer) => (uit += b.toString()));
    dev.stderr.on("data", (b: Buffer) => (uit += b.toString()));
    let kinderen: number[] = [];
    try {
      await binnen(45_000, () => uit.includes("Stoppen: Ctrl-C.") || dev.exitCode !== null);
      expect(uit).toContain("Stoppen: Ctrl-C.");

      const adressen = [...uit.matchAll(/^ {2}(.+):\s+http:\/\/localhost:(\d+)$/gm)].map((m) => [m[1], Number(m[2])]);
      expect(adressen).toEqual(personen.map((p, i) => [label(p), poorten[i]]));
      for (const [i, poort] of poorten.entries()) {
        expect(await status(`http://127.0.0.1:${poort}/`)).toBe(200);
        const config = (await (await fetch(`http://127.0.0.1:${poort}/_internal/v1/testConfig`)).json()) as { config: { currentUser: { aadObjectId: string } } };
        // Someone configured by e-mail only has a fixed object id made from their address; the bot learns it by the member lookup.
        expect(config.config.currentUser.aadObjectId).toBe(playgroundObjectId(personen[i]!));
      }
      const gezond = await fetch(`http://127.0.0.1:${botPoort}/healthz`);
      expect(gezond.status).toBe(200);
      expect(await gezond.json()).toMatchObject({ status: "ok" });

      kinderen = nakomelingen(dev.pid!);
      expect(kinderen.length).toBeGreaterThanOrEqual(personen.length + 1);
      const gestopt = new Promise<number | null>((r) => dev.once("exit", (code) => r(code)));
      dev.kill("SIGTERM");
      expect(await gestopt).toBe(0);
      expect(await binnen(5000, () => kinderen.every((pid) => !draait(pid)))).toBe(true);
      for (const poort of [botPoort, ...poorten]) expect(await poortVrij(poort)).toBe(true);
    } catch (error) {
      throw new Error(`${(error as Error).message}\nUitvoer van scripts/dev.ts:\n${uit}`, { cause: error });
    } finally {
      if (dev.exitCode === null && dev.signalCode === null) {
        kinderen = [...new Set([...kinderen, ...nakomelingen(dev.pid!)])];
        dev.kill("SIGTERM");
        await binnen(10_000, () => dev.exitCode !== null || dev.signalCode !== null);
        dev.kill("SIGKILL");
      }
      for (const pid of kinderen.filter(draait)) process.kill(pid, "SIGKILL");
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
