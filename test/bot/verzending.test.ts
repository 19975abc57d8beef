import { describe, expect, it } from "vitest";
import { leesRetryAfter, leesStoring, wachttijd } from "../../bot/verzending/storing.js";
import { maakTempo } from "../../bot/verzending/tempo.js";

describe("reading what Teams answered", () => {
  it("reads Retry-After as seconds or as an HTTP date, and ignores nonsense", () => {
    expect(leesRetryAfter("3")).toBe(3000);
    expect(leesRetryAfter("0.5")).toBe(500);
    expect(leesRetryAfter("Wed, 21 Oct 2026 07:28:10 GMT", Date.parse("2026-10-21T07:28:00Z"))).toBe(10_000);
    expect(leesRetryAfter("morgen")).toBeUndefined();
    expect(leesRetryAfter(undefined)).toBeUndefined();
  });

  it("treats 429, 412, 502, 504 and no answer at all as passing trouble, and 403 or 404 as a refusal", () => {
    const fout = (statusCode: number, retryAfter?: string) => Object.assign(new Error("x"), { statusCode, response: { headers: { get: (n: string) => (n === "retry-after" ? retryAfter : undefined) } } });
    for (const s of [429, 412, 502, 504]) expect(leesStoring(fout(s)).tijdelijk).toBe(true);
    for (const s of [400, 403, 404]) expect(leesStoring(fout(s)).tijdelijk).toBe(false);
    expect(leesStoring(Object.assign(new Error("ECONNREFUSED"), { code: "ECONNREFUSED" }))).toEqual({ tijdelijk: true });
    expect(leesStoring(fout(429, "7"))).toEqual({ status: 429, retryAfterMs: 7000, tijdelijk: true });
  });
});

describe("the outbox's backoff", () => {
  it("doubles per attempt up to an hour, spreads with jitter between half and all of it, and never undercuts Retry-After", () => {
    expect(wachttijd(0, { tijdelijk: true }, undefined, () => 0)).toBe(15_000);
    expect(wachttijd(0, { tijdelijk: true }, undefined, () => 1)).toBe(30_000);
    expect(wachttijd(3, { tijdelijk: true }, undefined, () => 1)).toBe(240_000);
    expect(wachttijd(30, { tijdelijk: true }, undefined, () => 1)).toBe(3_600_000);
    expect(wachttijd(0, { tijdelijk: true, retryAfterMs: 120_000 }, undefined, () => 1)).toBe(120_000);
  });
});

describe("pacing", () => {
  it("spaces calls into one conversation at its cap, while another conversation goes at once", async () => {
    const tempo = maakTempo({ perGesprek: 5, perTenant: 100 });
    const begin = Date.now();
    const tijden: number[] = [];
    await Promise.all(Array.from({ length: 4 }, () => tempo.beurt({ gesprek: "a", tenant: "t" }).then(() => tijden.push(Date.now() - begin))));
    await tempo.beurt({ gesprek: "b", tenant: "t" });
    const ander = Date.now() - begin;
    expect(Math.max(...tijden)).toBeGreaterThanOrEqual(3 * 200 - 20);
    expect(ander - Math.max(...tijden)).toBeLessThan(150);
  });

  it("holds the whole tenant back while Teams' Retry-After runs", async () => {
    const tempo = maakTempo({ perGesprek: 100, perTenant: 100 });
    tempo.pauzeer("t", 300);
    const begin = Date.now();
    await tempo.beurt({ gesprek: "c", tenant: "t" });
    expect(Date.now() - begin).toBeGreaterThanOrEqual(290);
    const elders = Date.now();
    await tempo.beurt({ gesprek: "d", tenant: "ander" });
    expect(Date.now() - elders).toBeLessThan(100);
  });

  it("does not sit out a Retry-After longer than the sender may hold its claims: it says how long is left instead", async () => {
    const tempo = maakTempo({ perGesprek: 100, perTenant: 100 });
    tempo.pauzeer("t", 60_000);
    const begin = Date.now();
    const over = await tempo.beurt({ gesprek: "e", tenant: "t" }, 30_000);
    expect(Date.now() - begin).toBeLessThan(100);
    expect(over).toBeGreaterThan(59_000);
    expect(await tempo.beurt({ gesprek: "f", tenant: "ander" }, 30_000)).toBe(0);
  });
});
