import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { budgetafleiding } from "../../src/domain/budget.js";
import { migraties, migreer } from "../../src/storage/postgres/migraties.js";
import { openPostgresStore } from "../../src/storage/postgres/store.js";
import type { Pot } from "../../src/storage/ports.js";
import { kenToe, wijsAf } from "../../src/domain/lifecycle.js";
import { begroting, ingediend, NU, regeling, toegekend, toekenning } from "../domain/builders.js";
import { demoAfleiding, demoConfig } from "../support/demo.js";
import { nieuweDatabase } from "../support/postgres.js";
import { zoals } from "./fixtures/aanvraag.js";

let opruimen: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of opruimen.reverse()) await f();
  opruimen = [];
});

const pot: Pot = { swvId: "demo", regelingIds: ["almere-maatwerk"], schooljaar: "2026-2027" };

describe("the budget columns on PostgreSQL", () => {
  it("are derived again at the start when the derivation changed, and for rows written without them", async () => {
    // Given a database with a granted and a pending aanvraag, and one row put in by hand without budget columns
    const db = await nieuweDatabase();
    opruimen.push(db.weg);
    const almere = regeling("almere-maatwerk");
    let store = await openPostgresStore({ url: db.url, afleiding: demoAfleiding });
    await store.aanvragen.maak(zoals(toegekend(almere, 300_000)));
    await store.aanvragen.maak(zoals(ingediend(almere, { begroting: begroting(150_000) })));
    const losse = { ...toegekend(almere, 200_000), id: "6f2a2b9e-8c55-4d0e-9a51-0a3c3e7d2b11", nummer: "MW-2026-0999" };
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    await c.query("INSERT INTO aanvragen (id, swv_id, nummer, regeling_id, school_brin, consulent_id, fase, versie, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", [losse.id, losse.swvId, losse.nummer, losse.regelingId, losse.schoolBrin, losse.consulentId, losse.status.fase, losse.versie, JSON.stringify(losse)]);
    await c.end();
    expect(await store.aanvragen.budgetsom(pot)).toEqual({ toegekend: 300_000, inBehandeling: 150_000 });
    await store.sluit();

    // When the bot starts again, then the hand-made row counts too
    store = await openPostgresStore({ url: db.url, afleiding: demoAfleiding });
    expect(await store.aanvragen.budgetsom(pot)).toEqual({ toegekend: 500_000, inBehandeling: 150_000 });
    await store.sluit();

    // When the configuration no longer has the regeling, then nothing of it counts; when it has it again, all of it does
    store = await openPostgresStore({ url: db.url, afleiding: budgetafleiding(demoConfig.regelingen.filter((r) => r.id !== "almere-maatwerk")) });
    expect(await store.aanvragen.budgetsom(pot)).toEqual({ toegekend: 0, inBehandeling: 0 });
    await store.sluit();
    store = await openPostgresStore({ url: db.url, afleiding: demoAfleiding });
    opruimen.push(() => store.sluit());
    expect(await store.aanvragen.budgetsom(pot)).toEqual({ toegekend: 500_000, inBehandeling: 150_000 });
  });

  it("are kept per school from migration 009 on, rebuilt from the rows of a database that had them per pot", async () => {
    // Given a database at migration 008 with a granted aanvraag of 01AA and one of 02BB, and their figures per pot
    const db = await nieuweDatabase();
    opruimen.push(db.weg);
    const pool = new pg.Pool({ connectionString: db.url });
    await migreer(pool, (await migraties()).filter((m) => m.versie <= 8));
    const almere = regeling("almere-maatwerk");
    for (const [a, brin] of [[toegekend(almere, 300_000), "01AA"], [{ ...toegekend(almere, 200_000), id: "6f2a2b9e-8c55-4d0e-9a51-0a3c3e7d2b12", nummer: "MW-2026-0002" }, "02BB"]] as const)
      await pool.query("INSERT INTO aanvragen (id, swv_id, nummer, regeling_id, school_brin, consulent_id, fase, versie, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)", [a.id, a.swvId, a.nummer, a.regelingId, brin, a.consulentId, a.status.fase, a.versie, JSON.stringify({ ...a, schoolBrin: brin })]);
    await pool.query("INSERT INTO budgetstanden (swv_id, schooljaar, regeling_id, toegekend) VALUES ('demo', '2026-2027', 'almere-maatwerk', 500000)");
    await pool.end();

    // When the bot starts on it, then each school's figures are there, and the pot's are their sum
    const store = await openPostgresStore({ url: db.url, afleiding: demoAfleiding });
    opruimen.push(() => store.sluit());
    expect(await store.aanvragen.budgetsom({ ...pot, schoolBrins: ["02BB"] })).toEqual({ toegekend: 200_000, inBehandeling: 0 });
    expect(await store.aanvragen.budgetsom(pot)).toEqual({ toegekend: 500_000, inBehandeling: 0 });
  });

  it("keep the running figures equal to what the rows add up to, through concurrent grants, refusals and deletions", async () => {
    const db = await nieuweDatabase();
    opruimen.push(db.weg);
    const almere = regeling("almere-maatwerk");
    const store = await openPostgresStore({ url: db.url, afleiding: demoAfleiding });
    opruimen.push(() => store.sluit());
    // Given 30 submitted aanvragen; when a third is granted, a third refused and a third granted for the next schooljaar, all at once
    const gemaakt = await Promise.all(Array.from({ length: 30 }, (_, i) => store.aanvragen.maak(zoals(ingediend(almere, { begroting: begroting(10_000 * (i + 1)) })))));
    await Promise.all(
      gemaakt.map((a, i) => {
        const na =
          i % 3 === 0
            ? kenToe(a, almere, toekenning({ bedrag: 5_000 * (i + 1) }), { door: "mark" }, NU)
            : i % 3 === 1
              ? wijsAf(a, { reden: "past niet" }, { door: "mark" }, NU)
              : kenToe(a, almere, toekenning({ bedrag: 1_000, periode: { start: "2027-09-01", eind: "2027-11-30" } }), { door: "mark" }, NU);
        return store.aanvragen.bewaar(na, a.versie);
      }),
    );
    // Then the figures are those of the rows, per schooljaar
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const echt = await c.query<{ schooljaar: string; toegekend: string; in_behandeling: string }>(
      `SELECT d.schooljaar, sum(d."toegekend") AS toegekend, sum(d."inBehandeling") AS in_behandeling
       FROM aanvragen, jsonb_to_recordset(budget_delen) AS d(schooljaar text, "toegekend" bigint, "inBehandeling" bigint) GROUP BY 1 ORDER BY 1`,
    );
    await c.end();
    expect(echt.rows.map((r) => [r.schooljaar, Number(r.toegekend), Number(r.in_behandeling)])).toEqual([
      ["2026-2027", [0, 3, 6, 9, 12, 15, 18, 21, 24, 27].reduce((t, i) => t + 5_000 * (i + 1), 0), 0],
      ["2027-2028", 10 * 1_000, 0],
    ]);
    for (const r of echt.rows) expect(await store.aanvragen.budgetsom({ ...pot, schooljaar: r.schooljaar })).toEqual({ toegekend: Number(r.toegekend), inBehandeling: Number(r.in_behandeling) });
  });
});
