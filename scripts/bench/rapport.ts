import { mkdir, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";

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

/** Writes docs/bench/results.json and the same as a table in docs/bench/README.md. */
export async function schrijfRapport(scenarios: readonly Scenario[]): Promise<void> {
  await mkdir("docs/bench", { recursive: true });
  const machine = { datum: new Date().toISOString(), node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? "?", geheugenGB: Math.round(totalmem() / 2 ** 30) };
  await writeFile("docs/bench/results.json", `${JSON.stringify({ machine, scenarios }, null, 2)}\n`);
  const cel = (w: unknown) => (w === undefined ? "" : String(w));
  const rijen = scenarios.map((s) => `| ${s.naam} | ${cel(s.n)} | ${cel(s.p50)} | ${cel(s.p95)} | ${cel(s.p99)} | ${cel(s.p99Ratio)} | ${cel(s.doorvoer)} | ${s.extra ? Object.entries(s.extra).map(([k, v]) => `${k}: ${v}`).join("; ") : ""} | ${s.doel ? `${s.doel}: ${s.gehaald ? "gehaald" : "**niet gehaald**"}` : ""} |`);
  const tekst = [
    "# Benchmark",
    "",
    `Gemeten op ${machine.datum} met Node ${machine.node}, ${machine.cpus} cores (${machine.cpu}), ${machine.geheugenGB} GB. Opnieuw: \`npm run bench\` (\`BENCH_SNEL=1\` voor een korte run).`,
    "",
    "Tijden in milliseconden per beurt (van verzoek tot het HTTP-antwoord van de bot, antwoorden aan de connector inbegrepen); `p99Ratio` is de p99 gedeeld door die van een kale botbuilder-echobot in dezelfde run op dezelfde machine.",
    "",
    "| scenario | n | p50 | p95 | p99 | p99Ratio | doorvoer /s | verder | doel |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rijen,
    "",
    ...(scenarios.some((x) => x.toelichting) ? ["## Toelichting", "", ...scenarios.filter((x) => x.toelichting).map((x) => `- **${x.naam}**: ${x.toelichting}`), ""] : []),
  ].join("\n");
  await writeFile("docs/bench/README.md", tekst);
}
