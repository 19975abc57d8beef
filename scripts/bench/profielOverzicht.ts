import { readFile } from "node:fs/promises";

/** A V8 CPU profile as node --cpu-prof writes it. */
interface Profiel {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a sample's time counts: the first group, from the sampled function outward, that one of its frames belongs to. */
const GROEPEN: [string, (url: string, functie: string) => boolean][] = [
  ["opstarten (modules laden)", (u, f) => f === "evaluate" || f === "Module._load" || u.includes("modules/esm/loader") || u.includes("modules/cjs/loader")],
  ["opslag", (u) => u.includes("/src/storage/")],
  ["kaarten renderen", (u) => u.includes("/cards/render") || u.includes("adaptivecards-templating") || u.includes("adaptive-expressions")],
  ["verzending (spiegel, tempo)", (u) => u.includes("/bot/verzending/") || u.includes("node_modules/bottleneck")],
  ["zod", (u) => u.includes("node_modules/zod")],
  ["teams-ai", (u) => u.includes("@microsoft/teams-ai")],
  ["botbuilder", (u) => /botbuilder|botframework|@azure|@typespec/.test(u)],
  ["restify", (u) => u.includes("node_modules/restify")],
  ["http en streams", (u) => u.startsWith("node:_http") || u.startsWith("node:net") || u.includes("streams")],
  ["eigen code (bot, src, cards)", (u) => /\/(bot|src|cards)\//.test(u) && !u.includes("node_modules")],
];

/**
 * The busy time of a CPU profile per group (the garbage collector apart), largest first, in
 * ms and as a share of the busy time; idle time (waiting for the disk or the network, and the
 * bot's clean stop) is listed last, outside the shares.
 */
export async function profielOverzicht(bestand: string): Promise<{ groep: string; ms: number; deel: string }[]> {
  const p = JSON.parse(await readFile(bestand, "utf8")) as Profiel;
  const knopen = new Map(p.nodes.map((n) => [n.id, n]));
  const ouder = new Map<number, number>();
  for (const n of p.nodes) for (const k of n.children ?? []) ouder.set(k, n.id);
  const eigen = new Map<number, number>();
  p.samples.forEach((id, i) => eigen.set(id, (eigen.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const perGroep = new Map<string, number>();
  let totaal = 0;
  for (const [id, tijd] of eigen) {
    totaal += tijd;
    const blad = knopen.get(id)!.callFrame.functionName;
    let groep = ["(idle)", "(garbage collector)", "(program)"].includes(blad) ? blad : undefined;
    for (let k: number | undefined = id; groep === undefined && k !== undefined; k = ouder.get(k)) {
      const { url, functionName } = knopen.get(k)!.callFrame;
      groep = GROEPEN.find(([, hoort]) => hoort(url, functionName))?.[0];
    }
    groep ??= "overig";
    perGroep.set(groep, (perGroep.get(groep) ?? 0) + tijd);
  }
  const idle = perGroep.get("(idle)") ?? 0;
  perGroep.delete("(idle)");
  const bezig = totaal - idle;
  return [
    ...[...perGroep].sort((a, b) => b[1] - a[1]).map(([groep, us]) => ({ groep, ms: Math.round(us / 1000), deel: `${((100 * us) / bezig).toFixed(1)}%` })),
    { groep: "(idle)", ms: Math.round(idle / 1000), deel: "" },
  ];
}
