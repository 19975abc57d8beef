import { createHash } from "node:crypto";
import type pg from "pg";
import { Aanvraag } from "../../domain/aanvraag.js";
import type { Budgetafleiding, Budgetsom } from "../../domain/budget.js";
import type { Pot } from "../ports.js";

/** A short name of a derivation, stored with each row it derived. */
export const afleidingCode = (afleiding: Budgetafleiding): string => createHash("sha256").update(afleiding.versie).digest("hex").slice(0, 16);

/** The budget columns of an aanvraag: budget_schooljaar, budget_toegekend, budget_in_behandeling, budget_afleiding. */
export function budgetKolommen(a: Aanvraag, afleiding: Budgetafleiding, code: string): [string | null, number, number, string] {
  const b = afleiding.bijdrage(a);
  return [b?.schooljaar ?? null, b?.toegekend ?? 0, b?.inBehandeling ?? 0, code];
}

/** The sums of a pot, from the indexed columns. */
export async function somVan(c: pg.Pool | pg.PoolClient, pot: Pot): Promise<Budgetsom> {
  const r = await c.query<{ toegekend: string; in_behandeling: string }>(
    `SELECT coalesce(sum(budget_toegekend), 0) AS toegekend, coalesce(sum(budget_in_behandeling), 0) AS in_behandeling
     FROM aanvragen WHERE swv_id = $1 AND budget_schooljaar = $2 AND regeling_id = ANY($3)`,
    [pot.swvId, pot.schooljaar, [...pot.regelingIds]],
  );
  return { toegekend: Number(r.rows[0]!.toegekend), inBehandeling: Number(r.rows[0]!.in_behandeling) };
}

/**
 * Derives the budget columns again for every row another derivation (an older build, a
 * changed regeling, a row from before the columns existed) wrote; a thousand at a time.
 * Resolves to the number of rows it derived.
 */
export async function leidBudgetAf(c: pg.PoolClient, afleiding: Budgetafleiding): Promise<number> {
  const code = afleidingCode(afleiding);
  let aantal = 0;
  for (;;) {
    const r = await c.query<{ data: unknown }>("SELECT data FROM aanvragen WHERE budget_afleiding IS DISTINCT FROM $1 LIMIT 1000", [code]);
    if (r.rows.length === 0) return aantal;
    const rijen = r.rows.map((rij) => {
      const a = Aanvraag.parse(rij.data);
      return [a.id, ...budgetKolommen(a, afleiding, code)] as const;
    });
    await c.query(
      `UPDATE aanvragen a SET budget_schooljaar = v.schooljaar, budget_toegekend = v.toegekend, budget_in_behandeling = v.in_behandeling, budget_afleiding = $5
       FROM unnest($1::uuid[], $2::text[], $3::bigint[], $4::bigint[]) AS v(id, schooljaar, toegekend, in_behandeling) WHERE a.id = v.id`,
      [rijen.map((x) => x[0]), rijen.map((x) => x[1]), rijen.map((x) => x[2]), rijen.map((x) => x[3]), code],
    );
    aantal += r.rows.length;
  }
}
