import { execFileSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
});
