import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";

const eigenGroep = process.platform !== "win32";

/** Start a child; outside Windows in its own process group, so stopping it also stops what it started. */
export function startKind(commando: string, args: readonly string[], opties: { env: NodeJS.ProcessEnv; cwd?: string; stdio: StdioOptions }): ChildProcess {
  return spawn(commando, args, { env: opties.env, cwd: opties.cwd, detached: eigenGroep, stdio: opties.stdio, windowsHide: true });
}

/** Whether a child is still running. */
export function leeft(kind: ChildProcess): boolean {
  return kind.exitCode === null && kind.signalCode === null;
}

function signaal(kind: ChildProcess, s: NodeJS.Signals): void {
  try {
    if (eigenGroep && kind.pid !== undefined) process.kill(-kind.pid, s);
    else kind.kill(s);
  } catch {
    /* already gone */
  }
}

/** Stop children with SIGTERM, and with SIGKILL whoever is still there after `graceMs`; resolves when all are gone. */
export async function stopKinderen(kinderen: readonly ChildProcess[], graceMs = 5000): Promise<void> {
  await Promise.all(
    kinderen.map(async (kind) => {
      if (kind.pid === undefined) return;
      const weg = new Promise<void>((klaar) => (leeft(kind) ? kind.once("exit", () => klaar()) : klaar()));
      signaal(kind, "SIGTERM");
      const timer = setTimeout(() => signaal(kind, "SIGKILL"), graceMs);
      await weg;
      clearTimeout(timer);
      signaal(kind, "SIGKILL");
    }),
  );
}
