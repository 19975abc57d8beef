import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const fixture = fileURLToPath(new URL("./fixtures/proces.ts", import.meta.url));

/** A child process running the store fixture, with every line it printed. */
export interface Kind {
  proces: ChildProcess;
  regels: string[];
  wachtOp: (voorwaarde: (regels: string[]) => boolean, ms?: number) => Promise<void>;
}

/** Start the fixture in another process and wait until it has the store open. */
export async function startKind(modus: "houd" | "schrijf", dataDir: string): Promise<Kind> {
  const proces = spawn(process.execPath, ["--import", "tsx", fixture, modus, dataDir], { stdio: ["ignore", "pipe", "pipe"] });
  const regels: string[] = [];
  let fout = "";
  let rest = "";
  proces.stdout!.on("data", (b: Buffer) => {
    const stukken = (rest + b.toString()).split("\n");
    rest = stukken.pop()!;
    regels.push(...stukken);
  });
  proces.stderr!.on("data", (b: Buffer) => (fout += b.toString()));
  const wachtOp = (voorwaarde: (r: string[]) => boolean, ms = 15_000) =>
    new Promise<void>((resolve, reject) => {
      const einde = Date.now() + ms;
      const kijk = () => {
        if (voorwaarde(regels)) return resolve();
        if (proces.exitCode !== null || Date.now() > einde)
          return reject(new Error(`Kindproces gaf niet wat verwacht werd. stderr: ${fout}`));
        setTimeout(kijk, 20);
      };
      kijk();
    });
  await wachtOp((r) => r.includes("open"));
  return { proces, regels, wachtOp };
}
