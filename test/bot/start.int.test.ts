import { spawn } from "node:child_process";
import { mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, inject, it } from "vitest";
import { BESTANDSNAAM } from "../../src/storage/lowdb/store.js";
import { startKind } from "../storage/proces.js";
import { nieuweDatabase } from "../support/postgres.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "maatwerkbot-start-"));
});

/** Start the bot the way `npm run serve` does and wait until it exits. */
function startBotProces(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((klaar) => {
    const proces = spawn(process.execPath, ["--import", "tsx", "bot/index.ts"], {
      env: { ...process.env, PORT: "0", STORE_LOCK_WAIT_MS: "0", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    proces.stdout.on("data", (b: Buffer) => {
      stdout += b.toString();
      if (stdout.includes("luistert op")) proces.kill("SIGTERM");
    });
    proces.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    proces.on("exit", (code) => klaar({ code, stderr, stdout }));
  });
}

// Each test starts the bot as a process under tsx (several seconds each on a loaded 2-core machine), some twice.
describe("starting the bot", { timeout: 60_000 }, () => {
  it("starts on the demo SWV with a fresh data folder", async () => {
    const uit = await startBotProces({ DATA_DIR: join(dir, "data") });
    expect(uit.stdout).toContain("luistert op");
    expect(await readdir(join(dir, "data"))).toContain(BESTANDSNAAM);
  });

  it("stops on an invalid SWV config, naming the file, the path inside it and what is wrong, and touches no file", async () => {
    const demo = JSON.parse(await readFile("config/swv/demo.json", "utf8"));
    demo.scholen[1].brin = "XYZ";
    demo.personen[0].rollen[0].scholen.push("77ZZ");
    const bestand = join(dir, "swv.json");
    const inhoud = JSON.stringify(demo, null, 2);
    await writeFile(bestand, inhoud);

    const uit = await startBotProces({ SWV_CONFIG: bestand, DATA_DIR: join(dir, "data") });
    expect(uit.code).toBe(1);
    expect(uit.stderr).toContain(bestand);
    expect(uit.stderr).toContain("scholen[1].brin");
    expect(uit.stderr).toContain("twee cijfers en twee hoofdletters");
    expect(uit.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(await readFile(bestand, "utf8")).toBe(inhoud);
    expect(await readdir(dir)).toEqual(["swv.json"]);
  });

  it("names a consulent's unknown school by its path", async () => {
    const demo = JSON.parse(await readFile("config/swv/demo.json", "utf8"));
    demo.personen[0].rollen[0].scholen.push("77ZZ");
    const bestand = join(dir, "swv.json");
    await writeFile(bestand, JSON.stringify(demo));
    const uit = await startBotProces({ SWV_CONFIG: bestand, DATA_DIR: join(dir, "data") });
    expect(uit.code).toBe(1);
    expect(uit.stderr).toMatch(/personen\[0\]\.rollen\[0\]\.scholen\[\d+\]: Onbekende school '77ZZ'/);
  });

  it("stops on a corrupt data file and leaves it as it was", async () => {
    const data = join(dir, "data");
    await startBotProces({ DATA_DIR: data });
    const bestand = join(data, BESTANDSNAAM);
    const kapot = (await readFile(bestand, "utf8")).slice(0, 20);
    await writeFile(bestand, kapot);
    const uit = await startBotProces({ DATA_DIR: data });
    expect(uit.code).toBe(1);
    expect(uit.stderr).toContain("beschadigd of onleesbaar");
    expect(await readFile(bestand, "utf8")).toBe(kapot);
  });

  it("stops when another process holds the data file, and leaves it as it was", async () => {
    const data = join(dir, "data");
    const ander = await startKind("houd", data);
    try {
      const voor = await readFile(join(data, BESTANDSNAAM), "utf8");
      const uit = await startBotProces({ DATA_DIR: data });
      expect(uit.code).toBe(1);
      expect(uit.stderr).toContain("in gebruik door een ander proces");
      expect(await readFile(join(data, BESTANDSNAAM), "utf8")).toBe(voor);
    } finally {
      ander.proces.kill("SIGKILL");
    }
  });

  it("stops on a bad environment variable with a Dutch message", async () => {
    const uit = await startBotProces({ PORT: "geen-poort", DATA_DIR: join(dir, "data") });
    expect(uit.code).toBe(1);
    expect(uit.stderr).toContain("Ongeldige omgevingsvariabelen");
    expect(uit.stderr).toContain("PORT");
  });

  describe("on PostgreSQL", () => {
    it("starts on a reachable database, migrating it", async () => {
      const db = await nieuweDatabase();
      try {
        const uit = await startBotProces({ STORE: "postgres", DATABASE_URL: db.url });
        expect(uit.stdout).toContain("luistert op");
      } finally {
        await db.weg();
      }
    });

    it("stops with a clear message, without the password, when the database is unreachable or refuses the credentials", async () => {
      const poort = new URL(inject("databaseUrl")).port;
      const onbereikbaar = await startBotProces({ STORE: "postgres", DATABASE_URL: "postgres://bot:geheim123@127.0.0.1:1/maatwerkbot" });
      expect(onbereikbaar.code).toBe(1);
      expect(onbereikbaar.stderr).toContain("De bot start niet. De database postgres://bot:***@127.0.0.1:1/maatwerkbot is niet bereikbaar of weigert de inloggegevens");
      expect(onbereikbaar.stderr).not.toContain("geheim123");

      const verkeerd = await startBotProces({ STORE: "postgres", DATABASE_URL: `postgres://postgres:verkeerd-wachtwoord@127.0.0.1:${poort}/postgres` });
      expect(verkeerd.code).toBe(1);
      expect(verkeerd.stderr).toContain("weigert de inloggegevens");
      expect(verkeerd.stderr).not.toContain("verkeerd-wachtwoord");
      expect(verkeerd.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    });

    it("asks for DATABASE_URL when STORE=postgres", async () => {
      const uit = await startBotProces({ STORE: "postgres", DATABASE_URL: "" });
      expect(uit.code).toBe(1);
      expect(uit.stderr).toContain("DATABASE_URL: is verplicht bij STORE=postgres.");
    });
  });
});
