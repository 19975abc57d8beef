import { afterEach, describe } from "vitest";
import { openPostgresStore } from "../../src/storage/postgres/store.js";
import { storeContract } from "./contract/index.js";
import { demoAfleiding } from "../support/demo.js";
import { nieuweDatabase } from "../support/postgres.js";

let opruimen: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of opruimen.reverse()) await f();
  opruimen = [];
});

describe("the Store contract on PostgreSQL", () => {
  storeContract(async () => {
    const db = await nieuweDatabase();
    const store = await openPostgresStore({ url: db.url, afleiding: demoAfleiding });
    opruimen.push(db.weg, () => store.sluit());
    return store;
  });
});
