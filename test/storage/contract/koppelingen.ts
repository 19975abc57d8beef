import { expect, it } from "vitest";
import type { AuditRegel, Store } from "../../../src/storage/ports.js";

const audit = (actor: string, op: string): AuditRegel => ({ op, actor, actie: "persoon-gekoppeld", uitkomst: "toegestaan", reden: "test" });

/** Bindings of people by e-mail, snapshots of the configuration and the health check, as every store must keep them. */
export function koppelingenContract(open: () => Promise<Store>): void {
  it("binds an object id to an address with its audit line; a new binding of either side replaces the old one", async () => {
    const store = await open();
    expect(await store.koppelingen.haal("oid-1")).toBeUndefined();
    await store.koppelingen.bind({ objectId: "oid-1", adres: "eva@example.org", op: "2026-11-02T09:00:00.000Z" }, audit("oid-1", "2026-11-02T09:00:00.000Z"));
    expect(await store.koppelingen.haal("oid-1")).toEqual({ objectId: "oid-1", adres: "eva@example.org", op: "2026-11-02T09:00:00.000Z" });
    expect(await store.audit.lijst({ actor: "oid-1" })).toHaveLength(1);
    // Her address changes: the same object id is bound again.
    await store.koppelingen.bind({ objectId: "oid-1", adres: "e.mulder@example.org", op: "2026-11-03T09:00:00.000Z" }, audit("oid-1", "2026-11-03T09:00:00.000Z"));
    // Another account gets the old address: one address has one object id.
    await store.koppelingen.bind({ objectId: "oid-2", adres: "e.mulder@example.org", op: "2026-11-04T09:00:00.000Z" }, audit("oid-2", "2026-11-04T09:00:00.000Z"));
    expect(await store.koppelingen.haal("oid-1")).toBeUndefined();
    expect((await store.koppelingen.lijst()).map((k) => [k.objectId, k.adres])).toEqual([["oid-2", "e.mulder@example.org"]]);
    expect(await store.audit.lijst({ actor: "oid-1" })).toHaveLength(2);
  });

  it("keeps a snapshot per key, replacing one stored before", async () => {
    const store = await open();
    expect(await store.afdrukken.haal("swv")).toBeUndefined();
    await store.afdrukken.bewaar(new Map<string, unknown>([["swv", { naam: "Demo" }], ["regeling:a", { max: 800000 }]]));
    await store.afdrukken.bewaar(new Map([["regeling:a", { max: 200000 }]]));
    expect(await store.afdrukken.haal("swv")).toEqual({ naam: "Demo" });
    expect(await store.afdrukken.haal("regeling:a")).toEqual({ max: 200000 });
  });

  it("is healthy while open, and says so no longer once closed", async () => {
    const store = await open();
    await expect(store.gezond()).resolves.toBeUndefined();
    await store.sluit();
    await expect(store.gezond()).rejects.toThrow();
  });
}
