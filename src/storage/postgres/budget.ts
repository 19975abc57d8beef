import { createHash } from "node:crypto";
import type pg from "pg";
import { Aanvraag } from "../../domain/aanvraag.js";
import type { Budgetafleiding, Budgetbijdrage, Budgetsom } from "../../domain/budget.js";
import type { Pot } from "../ports.js";
import { lees } from "./lees.js";

type Verbinding = pg.Pool | pg.PoolClient;

/** What a stored row adds to the pot figures, as its budget columns say: a part per schooljaar. */
export interface Budgetrij {
  swvId: string;
  regelingId: string;
  schoolBrin: string;
  delen: Budgetbijdrage[];
}

/** A short name of a derivation, stored with each row it derived. */
export const afleidingCode = (afleiding: Budgetafleiding): string => createHash("sha256").update(afleiding.versie).digest("hex").slice(0, 16);

/** What an aanvraag adds to the pot figures, derived once per write. */
export function budgetrij(a: Aanvraag, afleiding: Budgetafleiding): Budgetrij {
  return { swvId: a.swvId, regelingId: a.regelingId, schoolBrin: a.schoolBrin, delen: afleiding.bijdragen(a) };
}

/** The budget columns of a row: budget_delen, budget_afleiding. */
export function budgetKolommen(r: Budgetrij, code: string): [string, string] {
  return [JSON.stringify(r.delen), code];
}

/**
 * Moves the pot figures from what a row added before (`oud`) to what it adds now (`nieuw`),
 * inside the caller's transaction. Figures are changed in key order, so two changes that
 * touch the same two figures cannot deadlock.
 */
export async function verschuif(c: pg.PoolClient, oud: Budgetrij | undefined, nieuw: Budgetrij | undefined): Promise<void> {
  const delta = new Map<string, { sleutel: [string, string, string, string]; toegekend: number; inBehandeling: number }>();
  const tel = (r: Budgetrij | undefined, teken: 1 | -1) => {
    for (const deel of r?.delen ?? []) {
      const sleutel: [string, string, string, string] = [r!.swvId, deel.schooljaar, r!.regelingId, r!.schoolBrin];
      const k = JSON.stringify(sleutel);
      const d = delta.get(k) ?? { sleutel, toegekend: 0, inBehandeling: 0 };
      d.toegekend += teken * deel.toegekend;
      d.inBehandeling += teken * deel.inBehandeling;
      delta.set(k, d);
    }
  };
  tel(oud, -1);
  tel(nieuw, 1);
  for (const [, d] of [...delta].sort(([a], [b]) => a.localeCompare(b))) {
    if (d.toegekend === 0 && d.inBehandeling === 0) continue;
    await c.query(
      `INSERT INTO budgetstanden (swv_id, schooljaar, regeling_id, school_brin, toegekend, in_behandeling) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (swv_id, schooljaar, regeling_id, school_brin) DO UPDATE SET toegekend = budgetstanden.toegekend + EXCLUDED.toegekend, in_behandeling = budgetstanden.in_behandeling + EXCLUDED.in_behandeling`,
      [...d.sleutel, d.toegekend, d.inBehandeling],
    );
  }
}

/** The sums of a pot (of its aanvragen of some schools, when it names them), from its running figures: a row per school. */
export async function somVan(c: Verbinding, pot: Pot): Promise<Budgetsom> {
  const r = await c.query<{ toegekend: string; in_behandeling: string }>(
    `SELECT coalesce(sum(toegekend), 0) AS toegekend, coalesce(sum(in_behandeling), 0) AS in_behandeling
     FROM budgetstanden WHERE swv_id = $1 AND schooljaar = $2 AND regeling_id = ANY($3) AND ($4::text[] IS NULL OR school_brin = ANY($4))`,
    [pot.swvId, pot.schooljaar, [...pot.regelingIds], pot.schoolBrins ? [...pot.schoolBrins] : null],
  );
  return { toegekend: Number(r.rows[0]!.toegekend), inBehandeling: Number(r.rows[0]!.in_behandeling) };
}

/**
 * At the start: derives the budget columns again for every row another derivation wrote
 * (an older build, a changed regeling, a row from before the columns existed), a thousand
 * at a time, and then rebuilds the running figures from the columns. The rebuild holds the
 * figures locked, so a change running meanwhile on another instance adds its part after it.
 */
export async function leidBudgetAf(c: pg.PoolClient, afleiding: Budgetafleiding): Promise<number> {
  const code = afleidingCode(afleiding);
  let aantal = 0;
  for (;;) {
    const r = await c.query<{ data: unknown }>("SELECT data FROM aanvragen WHERE budget_afleiding IS DISTINCT FROM $1 LIMIT 1000", [code]);
    if (r.rows.length === 0) break;
    const rijen = r.rows.map((rij) => {
      const a = lees(Aanvraag, rij.data, "aanvraag");
      return [a.id, ...budgetKolommen(budgetrij(a, afleiding), code)] as const;
    });
    await c.query(
      `UPDATE aanvragen a SET budget_delen = v.delen, budget_afleiding = $3
       FROM unnest($1::uuid[], $2::jsonb[]) AS v(id, delen) WHERE a.id = v.id`,
      [rijen.map((x) => x[0]), rijen.map((x) => x[1]), code],
    );
    aantal += r.rows.length;
  }
  await c.query("BEGIN");
  try {
    await c.query("LOCK TABLE budgetstanden IN EXCLUSIVE MODE");
    await c.query("DELETE FROM budgetstanden");
    await c.query(
      `INSERT INTO budgetstanden (swv_id, schooljaar, regeling_id, school_brin, toegekend, in_behandeling)
       SELECT a.swv_id, d.schooljaar, a.regeling_id, a.school_brin, sum(d."toegekend"), sum(d."inBehandeling")
       FROM aanvragen a, jsonb_to_recordset(a.budget_delen) AS d(schooljaar text, "toegekend" bigint, "inBehandeling" bigint)
       GROUP BY a.swv_id, d.schooljaar, a.regeling_id, a.school_brin`,
    );
    await c.query("COMMIT");
  } catch (error) {
    await c.query("ROLLBACK");
    throw error;
  }
  return aantal;
}
