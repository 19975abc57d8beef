import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** Whether a port is free, tested the way the bot and the Playground bind it (all addresses, IPv6 and IPv4). */
export function poortVrij(poort: number): Promise<boolean> {
  return new Promise((klaar) => {
    const server = createServer();
    server.once("error", () => klaar(false));
    server.listen(poort, () => server.close(() => klaar(true)));
  });
}

/** The first of these ports that is taken, if any. */
export async function bezettePoort(poorten: readonly number[]): Promise<number | undefined> {
  for (const poort of poorten) if (!(await poortVrij(poort))) return poort;
  return undefined;
}

/** Wait until a URL answers 2xx; throws after `ms`, or as soon as `kind` exits. */
export async function wachtOpHttp(url: string, ms: number, kind?: ChildProcess): Promise<Response> {
  const einde = Date.now() + ms;
  while (Date.now() < einde) {
    if (kind && (kind.exitCode !== null || kind.signalCode !== null)) throw new Error(`Het proces voor ${url} stopte (${kind.exitCode ?? kind.signalCode}).`);
    try {
      const antwoord = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (antwoord.ok) return antwoord;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} antwoordde niet binnen ${ms / 1000} seconden.`);
}
