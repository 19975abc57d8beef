import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { Omgeving } from "../../src/config/omgeving.js";

/** The actions of the Microsoft 365 Agents Toolkit these files use (yaml schema v1.8). */
const ACTIES = new Set(["teamsApp/create", "aadApp/create", "botFramework/create", "teamsApp/validateManifest", "teamsApp/zipAppPackage", "teamsApp/validateAppPackage", "teamsApp/update", "teamsApp/publishAppPackage", "cli/runNpmCommand", "file/createOrUpdateEnvironmentFile"]);

interface Stap {
  uses: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}

const bestanden = { "m365agents.yml": "env/.env.dev", "m365agents.local.yml": "env/.env.local", "m365agents.playground.yml": "env/.env.playground" } as const;
const leesEnv = (pad: string) => new Set(readFileSync(pad, "utf8").split("\n").filter((r) => /^[A-Z_]+=/.test(r)).map((r) => r.split("=")[0]!));

describe("Microsoft 365 Agents Toolkit files", () => {
  for (const [bestand, env] of Object.entries(bestanden))
    it(`${bestand}: schema v1.8, known actions, every \${{VAR}} defined by ${env} or by an earlier step, every path there`, () => {
      const doc = parse(readFileSync(bestand, "utf8")) as Record<string, unknown>;
      expect(doc.version).toBe("v1.8");
      const bekend = leesEnv(env);
      for (const fase of ["provision", "deploy", "publish"] as const) {
        const stappen = (doc[fase] ?? []) as Stap[];
        const geschreven = new Set(bekend);
        for (const stap of stappen) {
          expect(ACTIES, stap.uses).toContain(stap.uses);
          for (const v of JSON.stringify(stap.with ?? {}).match(/\$\{\{([A-Z_]+)\}\}/g) ?? []) {
            const naam = v.slice(3, -2);
            expect(geschreven.has(naam) || naam.startsWith("SECRET_") || naam === "TEAMSFX_ENV", `${bestand} ${fase} ${stap.uses}: ${naam}`).toBe(true);
          }
          for (const naam of Object.values(stap.writeToEnvironmentFile ?? {})) geschreven.add(naam);
          const pad = (stap.with?.manifestPath ?? undefined) as string | undefined;
          if (pad) expect(existsSync(pad), pad).toBe(true);
          // What the toolkit writes for the bot are variables the bot knows.
          const envs = (stap.with?.envs ?? {}) as Record<string, unknown>;
          for (const naam of Object.keys(envs)) expect(Object.keys(Omgeving.shape), naam).toContain(naam);
        }
      }
    });

  it("fills every placeholder of the manifest in the Teams environments", () => {
    const plaatshouders = new Set((readFileSync("appPackage/manifest.json", "utf8").match(/\$\{\{([A-Z_]+)\}\}/g) ?? []).map((v) => v.slice(3, -2)));
    expect([...plaatshouders].sort()).toEqual(["BOT_DOMAIN", "BOT_ID", "TEAMS_APP_ID"]);
    for (const env of ["env/.env.dev", "env/.env.local"]) for (const p of plaatshouders) expect(leesEnv(env), `${env}: ${p}`).toContain(p);
  });

  it("keeps secrets out of git: the .user files and the generated local configs are ignored", () => {
    for (const pad of ["env/.env.local.user", "env/.env.dev.user", ".localConfigs", ".localConfigs.playground"])
      expect(execFileSync("git", ["check-ignore", pad], { encoding: "utf8" }).trim()).toBe(pad);
  });
});
