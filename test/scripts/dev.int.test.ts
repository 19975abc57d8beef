import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { poortVrij } from "../../scripts/playground/processen.js";

const bezet = async (url: string) => fetch(url).then((r) => r.status, () => 0);

describe("npm start: the bot and one Agents Playground per person", () => {
  it("starts the bot and a Playground for each chosen role, prints where to go, and stops everything on SIGTERM", async () => {
    const dir = await mkdtemp(join(tmpdir(), "maatwerkbot-dev-"));
    const botPoort = 20000 + Math.floor(Math.random() * 10000);
    const basis = botPoort + 100;
    const proces = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts"], {
      env: { ...process.env, PORT: String(botPoort), PLAYGROUND_PORT: String(basis), DATA_DIR: join(dir, "data"), PLAYGROUND_DIR: join(dir, "pg"), ROLLEN: "consulent,programmadirecteur" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let uit = "";
    proces.stdout.on("data", (b: Buffer) => (uit += b.toString()));
    proces.stderr.on("data", (b: Buffer) => (uit += b.toString()));
    const einde = Date.now() + 60_000;
    while (!uit.includes("Stoppen: Ctrl-C.") && proces.exitCode === null && Date.now() < einde) await new Promise((r) => setTimeout(r, 200));

    expect(uit).toContain(`Sanne de Vries     http://localhost:${basis}`);
    expect(uit).toContain(`Erica Jordaan      http://localhost:${basis + 1}`);
    expect(uit).toContain(`Noor Hendriks      http://localhost:${basis + 2}`);
    expect(uit).not.toContain("Mark Jansen");
    for (const poort of [basis, basis + 1, basis + 2]) expect(await bezet(`http://127.0.0.1:${poort}/`)).toBe(200);
    expect(await bezet(`http://127.0.0.1:${botPoort}/healthz`)).toBe(200);

    proces.kill("SIGTERM");
    await new Promise((r) => proces.once("exit", r));
    for (const poort of [botPoort, basis, basis + 1, basis + 2]) expect(await poortVrij(poort)).toBe(true);
  }, 90_000);
});
