import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);

/** The import rules of .dependency-cruiser.cjs over the whole project: no cycles, and every layer imports only downwards. */
describe("import rules", () => {
  it("no import cycle and no import against the layers (see .dependency-cruiser.cjs)", async () => {
    const { stdout } = await run("npx", ["depcruise", "bot", "cards", "src", "scripts", "test", "--config", ".dependency-cruiser.cjs", "--output-type", "json"], { maxBuffer: 64 * 1024 * 1024 }).catch(
      (fout: { stdout?: string }) => ({ stdout: fout.stdout ?? "" }),
    );
    const { summary } = JSON.parse(stdout) as { summary: { violations: { rule: { name: string }; from: string; to: string; cycle?: { name: string }[] }[]; totalCruised: number } };
    const overtredingen = summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.cycle ? v.cycle.map((c) => c.name).join(" → ") : v.to}`);
    expect(overtredingen).toEqual([]);
    expect(summary.totalCruised).toBeGreaterThan(200);
  }, 60_000);
});
