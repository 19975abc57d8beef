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

  describe("VS Code (.vscode): the Agents Toolkit's F5 for the Playground and for Teams via a dev tunnel", () => {
    const json = <T>(pad: string) => JSON.parse(readFileSync(pad, "utf8")) as T;
    const scripts = json<{ scripts: Record<string, string> }>("package.json").scripts;
    const { tasks } = json<{ tasks: { label: string; type?: string; command?: string; args?: Record<string, unknown>; dependsOn?: string[] }[] }>(".vscode/tasks.json");
    const launch = json<{ configurations: { name: string; port?: number }[]; compounds: { name: string; configurations: string[]; preLaunchTask: string }[] }>(".vscode/launch.json");
    const labels = new Set(tasks.map((t) => t.label));
    const ymlVan = (env: string) => (env === "dev" ? "m365agents.yml" : `m365agents.${env}.yml`);
    /** What a yml's deploy writes for the bot: the target file and its variables. */
    const geschreven = (yml: string) => {
      const stap = ((parse(readFileSync(yml, "utf8")) as { deploy: Stap[] }).deploy ?? []).find((s) => s.uses === "file/createOrUpdateEnvironmentFile")!;
      return { target: String(stap.with!.target).replace(/^\.\//, ""), envs: stap.with!.envs as Record<string, unknown> };
    };

    it("every task it depends on exists; every shell task runs an npm script of package.json", () => {
      for (const t of tasks) for (const d of t.dependsOn ?? []) expect(labels, `${t.label} → ${d}`).toContain(d);
      const shell = tasks.filter((t) => t.type === "shell");
      expect(shell.length).toBeGreaterThan(0);
      for (const t of shell) {
        const script = /^npm run ([\w:-]+)$/.exec(t.command ?? "")?.[1];
        expect(script, t.label).toBeDefined();
        expect(Object.keys(scripts), t.label).toContain(script);
      }
    });

    it("every provision and deploy runs a yml file that has that phase, with its env/ file; the Playground and the local Teams run are both there", () => {
      const fasen = tasks.filter((t) => t.type === "teamsfx" && (t.command === "provision" || t.command === "deploy"));
      expect(fasen.map((t) => `${t.command} ${String(t.args?.env)}`).sort()).toEqual(["deploy local", "deploy playground", "provision local"]);
      for (const t of fasen) {
        const env = String(t.args?.env);
        expect(existsSync(ymlVan(env)), ymlVan(env)).toBe(true);
        expect(existsSync(`env/.env.${env}`), `env/.env.${env}`).toBe(true);
        expect(((parse(readFileSync(ymlVan(env), "utf8")) as Record<string, unknown[]>)[t.command!] ?? []).length, `${ymlVan(env)} ${t.command}`).toBeGreaterThan(0);
      }
    });

    it("the bot starts with what the yml wrote, on the port the tunnel and the Playground use, with the debugger where VS Code attaches", () => {
      const attach = launch.configurations.find((c) => c.name === "Attach to Local Service")!;
      for (const [script, env] of [["dev:teamsfx", "local"], ["dev:teamsfx:playground", "playground"]] as const) {
        const { target, envs } = geschreven(ymlVan(env));
        expect(scripts[script], script).toContain(`--env-file=${target} `);
        expect(scripts[script], script).toContain(`--inspect=${attach.port} `);
        expect(scripts[script], script).toMatch(/ bot\/index\.ts$/);
        expect(envs.PORT, env).toBe(3978);
      }
      const tunnel = tasks.find((t) => t.command === "debug-start-local-tunnel")!;
      const [poort] = tunnel.args!.ports as { portNumber: number; writeToEnvironmentFile: Record<string, string> }[];
      expect(tunnel.args!.env).toBe("local");
      expect(poort!.portNumber).toBe(geschreven("m365agents.local.yml").envs.PORT);
      for (const naam of Object.values(poort!.writeToEnvironmentFile)) expect(leesEnv("env/.env.local"), naam).toContain(naam);
      expect(scripts["dev:teamsfx:launch-playground"]).toContain(`-e http://localhost:${geschreven("m365agents.playground.yml").envs.PORT}/api/messages`);
    });

    it("every debug compound starts from an existing task and existing configurations; the toolkit is the recommended extension; the files are not ignored", () => {
      const namen = new Set(launch.configurations.map((c) => c.name));
      expect(launch.compounds.map((c) => c.name)).toEqual(expect.arrayContaining(["Debug in Microsoft 365 Agents Playground", "Debug in Teams (Edge)"]));
      for (const c of launch.compounds) {
        expect(labels, c.name).toContain(c.preLaunchTask);
        for (const n of c.configurations) expect(namen, `${c.name} → ${n}`).toContain(n);
      }
      expect(json<{ recommendations: string[] }>(".vscode/extensions.json").recommendations).toContain("TeamsDevApp.ms-teams-vscode-extension");
      for (const pad of [".vscode/launch.json", ".vscode/tasks.json", ".vscode/extensions.json"]) expect(() => execFileSync("git", ["check-ignore", "-q", pad]), pad).toThrow();
    });
  });
});
