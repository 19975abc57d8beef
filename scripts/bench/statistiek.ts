import { quantileSorted } from "simple-statistics";

/** p50, p95 and p99 of a sample of milliseconds, rounded to 0.1 ms. */
export function percentielen(ms: readonly number[]): { n: number; p50: number; p95: number; p99: number } {
  const s = [...ms].sort((a, b) => a - b);
  const r = (q: number) => Math.round(quantileSorted(s, q) * 10) / 10;
  return { n: s.length, p50: r(0.5), p95: r(0.95), p99: r(0.99) };
}
