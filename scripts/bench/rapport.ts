import { execFileSync } from "node:child_process";
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";

/** One measured scenario, as written to docs/bench/results.json. */
export interface Scenario {
  naam: string;
  n?: number;
  p50?: number;
  p95?: number;
  p99?: number;
  p99Ratio?: number;
  /** Turns or messages a second. */
  doorvoer?: number;
  /** Anything else measured, with its unit in the key. */
  extra?: Record<string, number | string>;
  doel?: string;
  gehaald?: boolean;
  /** Why the figure is what it is, where that needs saying (always where a target is missed). */
  toelichting?: string;
}

/** A scenario as it was measured: when, on which commit, and how busy the machine was just before. */
export interface Meting extends Scenario {
  datum: string;
  commit: string;
  /** The machine's one-minute load average when the scenario ended (the bench itself keeps both cores busy: about 2). */
  belasting?: number;
}

const MAP = "docs/bench";
const RESULTATEN = `${MAP}/results.json`;
/** Every measurement ever recorded, one JSON line each, oldest first. */
const RUNS = `${MAP}/runs.jsonl`;
/** How many of the latest runs the history in the README shows per scenario. */
const VERLOOP = 10;

function commit(): string {
  try {
    const kort = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const vuil = execFileSync("git", ["status", "--porcelain", "--untracked-files=no", "--", ".", ":!docs/bench"], { encoding: "utf8" }).trim() !== "";
    return vuil ? `${kort}+` : kort;
  } catch {
    return "?";
  }
}

const machine = () => ({ node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? "?", geheugenGB: Math.round(totalmem() / 2 ** 30) });

async function leesRuns(): Promise<Meting[]> {
  try {
    return (await readFile(RUNS, "utf8")).split("\n").filter(Boolean).map((r) => JSON.parse(r) as Meting);
  } catch {
    return [];
  }
}

/**
 * Records one measured scenario: appends it to docs/bench/runs.jsonl, makes it the latest of
 * its name in results.json, and rewrites docs/bench/README.md (the latest of every scenario,
 * and the last runs of each scenario with a target). A run of one scenario records that one.
 */
export async function legVast(s: Scenario): Promise<void> {
  await mkdir(MAP, { recursive: true });
  const meting: Meting = { ...s, datum: new Date().toISOString(), commit: commit(), belasting: Math.round(loadavg()[0]! * 100) / 100 };
  await appendFile(RUNS, `${JSON.stringify(meting)}\n`);
  await schrijfOverzicht();
}

/** Rewrites results.json (the latest run of each scenario) and README.md from docs/bench/runs.jsonl. */
export async function schrijfOverzicht(): Promise<void> {
  const runs = await leesRuns();
  const laatste = new Map<string, Meting>();
  for (const r of runs) laatste.set(r.naam, r);
  const scenarios = [...laatste.values()];
  await writeFile(RESULTATEN, `${JSON.stringify({ machine: machine(), scenarios }, null, 2)}\n`);
  await writeFile(`${MAP}/README.md`, readme(scenarios, runs));
}

function readme(scenarios: readonly Meting[], runs: readonly Meting[]): string {
  const m = machine();
  const cel = (w: unknown) => (w === undefined ? "" : String(w));
  const doel = (s: Scenario) => (s.doel ? `${s.doel}: ${s.gehaald ? "gehaald" : "**niet gehaald**"}` : "");
  const rijen = scenarios.map((s) => `| ${s.naam} | ${s.datum.slice(0, 16).replace("T", " ")} (${s.commit}) | ${cel(s.n)} | ${cel(s.p50)} | ${cel(s.p95)} | ${cel(s.p99)} | ${cel(s.p99Ratio)} | ${cel(s.doorvoer)} | ${s.extra ? Object.entries(s.extra).map(([k, v]) => `${k}: ${v}`).join("; ") : ""} | ${doel(s)} |`);
  const metDoel = scenarios.filter((s) => s.p99Ratio !== undefined && s.doel);
  const verloop = metDoel.flatMap((s) => [
    `### ${s.naam}`,
    "",
    "| gemeten (UTC) | commit | belasting | p99 ms | echo p99 ms | p99Ratio | doel |",
    "|---|---|---|---|---|---|---|",
    ...runs
      .filter((r) => r.naam === s.naam)
      .slice(-VERLOOP)
      .map((r) => `| ${r.datum.slice(0, 19).replace("T", " ")} | ${r.commit} | ${cel(r.belasting)} | ${cel(r.p99)} | ${cel(r.extra?.["echo p99 ms"])} | ${cel(r.p99Ratio)} | ${r.gehaald ? "gehaald" : "**niet gehaald**"} |`),
    "",
  ]);
  return [
    "# Benchmark",
    "",
    `Machine: Node ${m.node}, ${m.cpus} cores (${m.cpu}), ${m.geheugenGB} GB. Opnieuw: \`npm run bench\` (\`BENCH_SNEL=1\` voor een korte run; \`npm run bench -- -t "turn latency"\` voor één scenario). Elke meting komt in \`runs.jsonl\`; hieronder de laatste per scenario.`,
    "",
    "Tijden in milliseconden per beurt (van verzoek tot het HTTP-antwoord van de bot, antwoorden aan de connector inbegrepen); `p99Ratio` is de p99 gedeeld door die van een kale botbuilder-echobot in dezelfde run op dezelfde machine.",
    "",
    "| scenario | gemeten (UTC) | n | p50 | p95 | p99 | p99Ratio | doorvoer /s | verder | doel |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rijen,
    "",
    ...(scenarios.some((x) => x.toelichting) ? ["## Toelichting", "", ...scenarios.filter((x) => x.toelichting).map((x) => `- **${x.naam}**: ${x.toelichting}`), ""] : []),
    ...(verloop.length > 0 ? [`## Verloop: de laatste ${VERLOOP} runs`, "", "`belasting` is de load average (1 minuut) van de machine aan het eind van het scenario. De bench houdt zelf beide cores bezig (rond 2); ligt het duidelijk hoger, dan deelde hij de machine met ander werk en zegt de run weinig.", "", ...verloop] : []),
  ].join("\n");
}
