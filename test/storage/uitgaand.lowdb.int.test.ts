import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe } from "vitest";
import { openLowdbStore } from "../../src/storage/lowdb/store.js";
import type { Store } from "../../src/storage/ports.js";
import { uitgaandContract } from "./contract/uitgaand.js";

let open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.sluit()));
  open = [];
});

describe("the outbox on the embedded store", () => {
  uitgaandContract(async () => {
    const store = await openLowdbStore({ dataDir: await mkdtemp(join(tmpdir(), "maatwerkbot-uitgaand-")), wachtOpVergrendelingMs: 0 });
    open.push(store);
    return store;
  });
});
