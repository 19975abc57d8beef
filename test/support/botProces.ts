import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

/** A server running in a process of its own: to kill it with SIGKILL mid-work, or to measure it apart from the test. */
export interface BotProces {
  proces: ChildProcess;
  poort: number;
  /** Every line it printed (the bot's log lines as JSON). */
  regels: string[];
}

const SCRIPT = fileURLToPath(new URL("./fixtures/botProces.ts", import.meta.url));

/** How a process is started: TypeScript through tsx (the default) or JavaScript on plain node, and the line that says it listens. */
export interface Procesopties {
  tsx?: boolean;
  /** Its first group is the port; default "klaar <port>". */
  klaar?: RegExp;
}

/**
 * Runs `script` with `args` and `env` in a process of its own; resolves once it prints the
 * line that says it listens. `gestart` receives the child at once, so a test can always stop it.
 */
export function startProces(script: string, args: readonly string[], env: Record<string, string>, gestart: (p: ChildProcess) => void, opties: Procesopties = {}): Promise<BotProces> {
  const klaarRegel = opties.klaar ?? /^klaar (\d+)$/;
  const proces = spawn(process.execPath, [...(opties.tsx === false ? [] : ["--import", "tsx"]), script, ...args], { env: { ...process.env, PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  gestart(proces);
  const regels: string[] = [];
  let fout = "";
  proces.stderr!.on("data", (b: Buffer) => (fout += b.toString()));
  return new Promise((klaar, faal) => {
    proces.stdout!.on("data", (b: Buffer) => {
      regels.push(...b.toString().split("\n").filter(Boolean));
      const m = regels.map((r) => klaarRegel.exec(r)).find(Boolean);
      if (m) klaar({ proces, poort: Number(m[1]), regels });
    });
    proces.on("exit", (code) => faal(new Error(`${script} stopte (${code}): ${fout}`)));
  });
}

/** Starts the bot (test/support/fixtures/botProces.ts) with `env` and its clock set to `klok`; resolves once it listens. */
export function startBotProces(env: Record<string, string>, klok: string, gestart: (p: ChildProcess) => void): Promise<BotProces> {
  return startProces(SCRIPT, [klok], env, gestart);
}
