import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** Whether nothing listens on a local port. */
export function poortVrij(poort: number): Promise<boolean> {
  return new Promise((klaar) => {
    const server = createServer();
    server.once("error", () => klaar(false));
    server.listen(poort, "0.0.0.0", () => server.close(() => klaar(true)));
  });
}

/** Wait until a URL answers with a 2xx status, or throw after `ms`. */
export async function wachtOpHttp(url: string, ms: number, kind?: ChildProcess): Promise<void> {
  const einde = Date.now() + ms;
  while (Date.now() < einde) {
    if (kind && kind.exitCode !== null) throw new Error(`Het proces voor ${url} stopte (code ${kind.exitCode}).`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} antwoordde niet binnen ${ms / 1000} seconden.`);
}

/** Start a child in its own process group, so stopping it stops everything it started. */
export function startKind(commando: string, args: string[], opties: { env: NodeJS.ProcessEnv; cwd?: string; uitvoer: "doorgeven" | "stil" }): ChildProcess {
  return spawn(commando, args, {
    env: opties.env,
    cwd: opties.cwd,
    detached: true,
    stdio: opties.uitvoer === "doorgeven" ? ["ignore", "inherit", "inherit"] : "ignore",
  });
}

/** Stop children and their process groups: SIGTERM, then SIGKILL after a grace period. */
export async function stopKinderen(kinderen: readonly ChildProcess[], graceMs = 3000): Promise<void> {
  const levend = kinderen.filter((k) => k.exitCode === null && k.signalCode === null && k.pid !== undefined);
  const signaal = (k: ChildProcess, s: NodeJS.Signals) => {
    try {
      process.kill(-k.pid!, s);
    } catch {
      /* already gone */
    }
  };
  levend.forEach((k) => signaal(k, "SIGTERM"));
  await Promise.all(
    levend.map(
      (k) =>
        new Promise<void>((klaar) => {
          if (k.exitCode !== null || k.signalCode !== null) return klaar();
          const timer = setTimeout(() => {
            signaal(k, "SIGKILL");
            klaar();
          }, graceMs);
          k.once("exit", () => {
            clearTimeout(timer);
            klaar();
          });
        }),
    ),
  );
}
