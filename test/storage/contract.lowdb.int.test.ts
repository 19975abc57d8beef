import { demoAfleiding } from "../support/demo.js";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe } from "vitest";
import { openLowdbStore } from "../../src/storage/lowdb/store.js";
import type { Store } from "../../src/storage/ports.js";
import { storeContract } from "./contract/index.js";

let open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.map((s) => s.sluit()));
  open = [];
});

describe("the Store contract on the embedded store (lowdb)", () => {
  storeContract(async () => {
    const store = await openLowdbStore({ dataDir: await mkdtemp(join(tmpdir(), "maatwerkbot-uitgaand-")), wachtOpVergrendelingMs: 0, afleiding: demoAfleiding });
    open.push(store);
    return store;
  });
});
