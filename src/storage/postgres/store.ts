import pg from "pg";
import { Aanvraag } from "../../domain/aanvraag.js";
import type { Budgetafleiding } from "../../domain/budget.js";
import { DomainError } from "../../domain/errors.js";
import { OpslagFout } from "../fouten.js";
import { lees } from "./lees.js";
import { formatNummer, tellerSleutel } from "../../domain/nummer.js";
import { Vervanging } from "../../domain/swv.js";
import {
  AuditRegel,
  Conversatieverwijzing,
  Download,
  Koppeling,
  Uitgaand,
  type AfdrukRepository,
  controles,
  type AanvraagFilter,
  type Pot,
  type AanvraagRepository,
  type AuditLog,
  type Bijlagen,
  type ConversatieRepository,
  type DownloadRepository,
  type Geclaimd,
  type KoppelingRepository,
  type OntvangstRepository,
  type Store,
  type UitgaandRepository,
  type Uitslag,
  type VervangingRepository,
} from "../ports.js";
import { afleidingCode, budgetKolommen, budgetrij, leidBudgetAf, somVan, verschuif, type Budgetrij } from "./budget.js";
import { migreer } from "./migraties.js";
import { naUitslag, naVerlopenClaim, onderbroken } from "../uitgaand.js";

type Client = pg.PoolClient;

/** Options of the PostgreSQL store. */
export interface PostgresOpties {
  url: string;
  /** Connections in the pool of this instance. */
  maxVerbindingen?: number;
  /** How an aanvraag counts for the budget (from the configuration's regelingen). */
  afleiding: Budgetafleiding;
}

/** The WHERE clause and parameters of an aanvraag filter, numbered from `$start`. */
function waar(f: AanvraagFilter, start = 1): { sql: string; params: unknown[] } {
  const delen: string[] = [];
  const params: unknown[] = [];
  const voeg = (kolom: string, waarde: unknown, lijst = false) => {
    params.push(waarde);
    delen.push(lijst ? `${kolom} = ANY($${start + params.length - 1})` : `${kolom} = $${start + params.length - 1}`);
  };
  if (f.swvId !== undefined) voeg("swv_id", f.swvId);
  if (f.consulentId !== undefined) voeg("consulent_id", f.consulentId);
  if (f.schoolBrins !== undefined) voeg("school_brin", [...f.schoolBrins], true);
  if (f.regelingIds !== undefined) voeg("regeling_id", [...f.regelingIds], true);
  if (f.fasen !== undefined) voeg("fase", [...f.fasen], true);
  return { sql: delen.length ? `WHERE ${delen.join(" AND ")}` : "", params };
}

const KOLOMMEN = "id, swv_id, nummer, regeling_id, school_brin, consulent_id, fase, versie, data, budget_delen, budget_afleiding";

/** A 64-bit advisory lock key from a text, computed by the server. */
const SLOT = "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))";

async function voegUitgaandToe(c: Client, berichten: readonly Uitgaand[]): Promise<Uitgaand[]> {
  const opgeslagen: Uitgaand[] = [];
  for (const b of berichten) {
    const u = lees(Uitgaand, b, "uitgaand bericht");
    const r = await c.query(
      `INSERT INTO uitgaand (id, persoon_id, aanvraag_id, sleutel, aangemaakt_op, afgehandeld, geclaimd_op, volgende_poging_op, data)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING`,
      [u.id, u.persoonId, u.aanvraagId, u.sleutel ?? null, u.aangemaaktOp, u.verzondenOp !== undefined || u.opgegevenOp !== undefined, u.geclaimdOp ?? null, u.volgendePogingOp ?? null, JSON.stringify(u)],
    );
    if (r.rowCount === 1) opgeslagen.push(u);
  }
  return opgeslagen;
}

async function schrijfUitgaand(c: Client, u: Uitgaand): Promise<void> {
  await c.query("UPDATE uitgaand SET afgehandeld = $2, geclaimd_op = $3, volgende_poging_op = $4, data = $5 WHERE id = $1", [
    u.id,
    u.verzondenOp !== undefined || u.opgegevenOp !== undefined,
    u.geclaimdOp ?? null,
    u.volgendePogingOp ?? null,
    JSON.stringify(u),
  ]);
}

async function metBijlagen(c: Client, bij: Bijlagen): Promise<void> {
  for (const r of bij.audit ?? []) {
    const regel = lees(AuditRegel, r, "auditregel");
    await c.query("INSERT INTO audit (aanvraag_id, actor, regel) VALUES ($1, $2, $3)", [regel.aanvraagId ?? null, regel.actor, JSON.stringify(regel)]);
  }
  if (bij.uitgaand?.length) await voegUitgaandToe(c, bij.uitgaand);
}

/**
 * The store on PostgreSQL, for several bot instances on one database: every change in
 * one transaction with its audit lines and messages; a change of an aanvraag locks its
 * row and checks the version, budget checks are serialised with an advisory lock per
 * budget pot (on running figures kept with every change, from columns the store derives
 * from each aanvraag), numbers come from a counter row, and messages are claimed with
 * FOR UPDATE SKIP LOCKED so each goes out from one instance.
 */
interface DownloadRij {
  persoon_id: string;
  soort: string;
  schooljaar: string | null;
  aanvraag_id: string | null;
  formaat: string | null;
  verloopt_op: Date;
}

/** A download link from its row. */
function downloadVan(token: string, rij: DownloadRij, gebruiktOp?: string): Download {
  return lees(Download, {
    token,
    persoonId: rij.persoon_id,
    soort: rij.soort,
    ...(rij.schooljaar !== null ? { schooljaar: rij.schooljaar } : {}),
    ...(rij.aanvraag_id !== null ? { aanvraagId: rij.aanvraag_id } : {}),
    ...(rij.formaat !== null ? { formaat: rij.formaat } : {}),
    verlooptOp: rij.verloopt_op.toISOString(),
    ...(gebruiktOp !== undefined ? { gebruiktOp } : {}),
  }, "downloadlink");
}

class PostgresStore implements Store {
  private readonly code: string;

  constructor(
    private readonly pool: pg.Pool,
    private readonly afleiding: Budgetafleiding,
  ) {
    this.code = afleidingCode(afleiding);
  }

  /** The columns of an aanvraag, in KOLOMMEN order, with `budget` its part of the pot figures. */
  private kolommen(a: Aanvraag, budget: Budgetrij): unknown[] {
    return [a.id, a.swvId, a.nummer, a.regelingId, a.schoolBrin, a.consulentId, a.status.fase, a.versie, JSON.stringify(a), ...budgetKolommen(budget, this.code)];
  }

  private async transactie<T>(werk: (c: Client) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query("BEGIN");
      const uit = await werk(c);
      await c.query("COMMIT");
      return uit;
    } catch (error) {
      await c.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      c.release();
    }
  }

  /** Locks the row of an aanvraag at the version the caller saw; resolves to what it adds to the pot figures now. */
  private async vergrendelAanvraag(c: Client, id: string, verwachteVersie: number, nummer?: string): Promise<Budgetrij> {
    const r = await c.query<{ versie: number; nummer: string; swv_id: string; regeling_id: string; school_brin: string; budget_delen: Budgetrij["delen"] }>(
      "SELECT versie, nummer, swv_id, regeling_id, school_brin, budget_delen FROM aanvragen WHERE id = $1 FOR UPDATE",
      [id],
    );
    const rij = r.rows[0];
    if (!rij) throw new DomainError("AANVRAAG_NIET_GEVONDEN");
    if (rij.versie !== verwachteVersie || (nummer !== undefined && rij.nummer !== nummer)) throw new DomainError("VERSIECONFLICT");
    return { swvId: rij.swv_id, regelingId: rij.regeling_id, schoolBrin: rij.school_brin, delen: rij.budget_delen.map((d) => ({ schooljaar: d.schooljaar, toegekend: Number(d.toegekend), inBehandeling: Number(d.inBehandeling) })) };
  }

  readonly aanvragen: AanvraagRepository = {
    maak: async (nieuw, bij = {}) =>
      this.transactie(async (c) => {
        const sleutel = tellerSleutel(nieuw.swvId, nieuw.prefix, nieuw.jaar);
        const teller = await c.query<{ waarde: number }>(
          "INSERT INTO tellers (sleutel, waarde) VALUES ($1, 1) ON CONFLICT (sleutel) DO UPDATE SET waarde = tellers.waarde + 1 RETURNING waarde",
          [sleutel],
        );
        const aanvraag = lees(Aanvraag, nieuw.bouw(formatNummer(nieuw.prefix, nieuw.jaar, teller.rows[0]!.waarde)), "aanvraag");
        const budget = budgetrij(aanvraag, this.afleiding);
        await c.query(`INSERT INTO aanvragen (${KOLOMMEN}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, this.kolommen(aanvraag, budget));
        await verschuif(c, undefined, budget);
        await metBijlagen(c, bij);
        return aanvraag;
      }),
    haal: async (id) => {
      const r = await this.pool.query<{ data: unknown }>("SELECT data FROM aanvragen WHERE id = $1", [id]);
      return r.rows[0] ? lees(Aanvraag, r.rows[0].data, "aanvraag") : undefined;
    },
    haalOpNummer: async (swvId, nummer) => {
      const r = await this.pool.query<{ data: unknown }>("SELECT data FROM aanvragen WHERE swv_id = $1 AND nummer = $2", [swvId, nummer]);
      return r.rows[0] ? lees(Aanvraag, r.rows[0].data, "aanvraag") : undefined;
    },
    lijst: async (filter = {}) => {
      const w = waar(filter);
      const r = await this.pool.query<{ data: unknown }>(`SELECT data FROM aanvragen ${w.sql} ORDER BY nummer`, w.params);
      return r.rows.map((x) => lees(Aanvraag, x.data, "aanvraag"));
    },
    budgetsom: async (pot) => somVan(this.pool, pot),
    bewaar: async (aanvraag, verwachteVersie, bij = {}) => {
      const a = lees(Aanvraag, aanvraag, "aanvraag");
      const budget = budgetrij(a, this.afleiding);
      await this.transactie(async (c) => {
        const was = await this.vergrendelAanvraag(c, a.id, verwachteVersie, a.nummer);
        const slot = (pot: Pot) => `budget:${pot.swvId}:${[...pot.regelingIds].sort().join(",")}`;
        const lijst = [...controles(bij)].sort((x, y) => slot(x.pot).localeCompare(slot(y.pot)));
        for (const k of new Set(lijst.map((x) => slot(x.pot)))) await c.query(SLOT, [k]);
        for (const k of lijst) k.toets(await somVan(c, k.pot));
        await c.query(
          `UPDATE aanvragen SET swv_id = $2, nummer = $3, regeling_id = $4, school_brin = $5, consulent_id = $6, fase = $7, versie = $8, data = $9,
             budget_delen = $10, budget_afleiding = $11 WHERE id = $1`,
          this.kolommen(a, budget),
        );
        await verschuif(c, was, budget);
        await metBijlagen(c, bij);
      });
    },
    verwijder: async (id, verwachteVersie, bij = {}) => {
      await this.transactie(async (c) => {
        const was = await this.vergrendelAanvraag(c, id, verwachteVersie);
        await c.query("DELETE FROM aanvragen WHERE id = $1", [id]);
        await verschuif(c, was, undefined);
        await metBijlagen(c, bij);
      });
    },
  };

  readonly conversaties: ConversatieRepository = {
    bewaar: async (persoonId, verwijzing) => {
      const v = lees(Conversatieverwijzing, verwijzing, "gespreksverwijzing");
      const r = await this.pool.query(
        `INSERT INTO conversaties (persoon_id, verwijzing) VALUES ($1, $2)
         ON CONFLICT (persoon_id) DO UPDATE SET verwijzing = EXCLUDED.verwijzing
         WHERE (conversaties.verwijzing->'conversation'->>'id', conversaties.verwijzing->>'serviceUrl')
           IS DISTINCT FROM (EXCLUDED.verwijzing->'conversation'->>'id', EXCLUDED.verwijzing->>'serviceUrl')`,
        [persoonId, JSON.stringify(v)],
      );
      return r.rowCount === 1;
    },
    haal: async (persoonId) => {
      const r = await this.pool.query<{ verwijzing: unknown }>("SELECT verwijzing FROM conversaties WHERE persoon_id = $1", [persoonId]);
      return r.rows[0] ? lees(Conversatieverwijzing, r.rows[0].verwijzing, "gespreksverwijzing") : undefined;
    },
  };

  readonly audit: AuditLog = {
    voegToe: async (regel) => {
      const r = lees(AuditRegel, regel, "auditregel");
      await this.pool.query("INSERT INTO audit (aanvraag_id, actor, regel) VALUES ($1, $2, $3)", [r.aanvraagId ?? null, r.actor, JSON.stringify(r)]);
    },
    lijst: async (filter = {}) => {
      const r = await this.pool.query<{ regel: unknown }>(
        "SELECT regel FROM audit WHERE ($1::uuid IS NULL OR aanvraag_id = $1) AND ($2::text IS NULL OR actor = $2) ORDER BY volgnummer",
        [filter.aanvraagId ?? null, filter.actor ?? null],
      );
      return r.rows.map((x) => lees(AuditRegel, x.regel, "auditregel"));
    },
  };

  readonly uitgaand: UitgaandRepository = {
    openstaand: async (persoonId) => {
      const r = await this.pool.query<{ data: unknown }>("SELECT data FROM uitgaand WHERE NOT afgehandeld AND ($1::text IS NULL OR persoon_id = $1) ORDER BY aangemaakt_op, volgnummer", [persoonId ?? null]);
      return r.rows.map((x) => lees(Uitgaand, x.data, "uitgaand bericht"));
    },
    vanAanvraag: async (aanvraagId) => {
      const r = await this.pool.query<{ data: unknown }>("SELECT data FROM uitgaand WHERE aanvraag_id = $1 ORDER BY volgnummer", [aanvraagId]);
      return r.rows.map((x) => lees(Uitgaand, x.data, "uitgaand bericht"));
    },
    voegToeEenmalig: async (berichten) => this.transactie((c) => voegUitgaandToe(c, berichten)),
    claim: async (claim) =>
      this.transactie(async (c) => {
        const uit: Geclaimd = { teVersturen: [], onderbroken: [] };
        // Candidates no other live sender holds; rows another instance is claiming right now are skipped, not waited for.
        const r = await c.query<{ data: unknown }>(
          `SELECT u.data FROM uitgaand u
           WHERE NOT u.afgehandeld
             AND EXISTS (SELECT 1 FROM conversaties c WHERE c.persoon_id = u.persoon_id)
             AND ($2::text IS NULL OR u.persoon_id = $2)
             AND (u.volgende_poging_op IS NULL OR u.volgende_poging_op <= $1::timestamptz)
             AND (u.geclaimd_op IS NULL OR u.geclaimd_op + make_interval(secs => $3::double precision / 1000) <= $1::timestamptz)
           ORDER BY u.aangemaakt_op, u.volgnummer
           LIMIT $4
           FOR UPDATE OF u SKIP LOCKED`,
          [claim.nu, claim.persoonId ?? null, claim.leaseMs, claim.max],
        );
        for (const rij of r.rows) {
          const u = lees(Uitgaand, rij.data, "uitgaand bericht");
          if (u.geclaimdOp !== undefined && naVerlopenClaim(u) === "opgeven") {
            const opgegeven = onderbroken(u, claim.nu);
            await schrijfUitgaand(c, opgegeven);
            uit.onderbroken.push(opgegeven);
            continue;
          }
          const { verzendingGestartOp: _gestart, ...vrij } = u;
          const geclaimd = { ...vrij, geclaimdOp: claim.nu, geclaimdDoor: claim.door };
          await schrijfUitgaand(c, geclaimd);
          uit.teVersturen.push(geclaimd);
        }
        return uit;
      }),
    markeerGestart: async (id, op) => {
      await this.pool.query("UPDATE uitgaand SET data = jsonb_set(data, '{verzendingGestartOp}', to_jsonb($2::text)) WHERE id = $1", [id, op]);
    },
    verwerk: async (uitslagen: readonly Uitslag[]) => {
      if (uitslagen.length === 0) return;
      await this.transactie(async (c) => {
        const per = new Map(uitslagen.map((u) => [u.id, u]));
        const r = await c.query<{ data: unknown }>("SELECT data FROM uitgaand WHERE id = ANY($1) FOR UPDATE", [[...per.keys()]]);
        for (const rij of r.rows) {
          const u = lees(Uitgaand, rij.data, "uitgaand bericht");
          await schrijfUitgaand(c, naUitslag(u, per.get(u.id)!));
        }
      });
    },
  };

  private registraties = 0;
  readonly ontvangen: OntvangstRepository = {
    nieuw: async (sleutel, op) => {
      if (++this.registraties % 1000 === 0) await this.pool.query("DELETE FROM ontvangen WHERE op < $1::timestamptz - interval '2 days'", [op]);
      const r = await this.pool.query("INSERT INTO ontvangen (sleutel, op) VALUES ($1, $2) ON CONFLICT DO NOTHING", [sleutel, op]);
      return r.rowCount === 1;
    },
  };

  readonly downloads: DownloadRepository = {
    maak: async (d) => {
      const link = lees(Download, d, "downloadlink");
      await this.pool.query("DELETE FROM downloads WHERE verloopt_op < $1::timestamptz - interval '2 days'", [link.verlooptOp]);
      await this.pool.query("INSERT INTO downloads (token, persoon_id, soort, schooljaar, aanvraag_id, formaat, verloopt_op) VALUES ($1, $2, $3, $4, $5, $6, $7)", [
        link.token,
        link.persoonId,
        link.soort,
        link.soort === "rapportage" ? link.schooljaar : null,
        link.soort === "beschikking" ? link.aanvraagId : null,
        link.soort === "rapportage" ? (link.formaat ?? null) : null,
        link.verlooptOp,
      ]);
    },
    haal: async (token, nu) => {
      const r = await this.pool.query<DownloadRij>(
        "SELECT persoon_id, soort, schooljaar, aanvraag_id, formaat, verloopt_op FROM downloads WHERE token = $1 AND gebruikt_op IS NULL AND verloopt_op > $2::timestamptz",
        [token, nu],
      );
      const rij = r.rows[0];
      return rij && downloadVan(token, rij);
    },
    gebruik: async (token, nu, persoonId) => {
      const r = await this.pool.query<DownloadRij>(
        "UPDATE downloads SET gebruikt_op = $2 WHERE token = $1 AND gebruikt_op IS NULL AND verloopt_op > $2::timestamptz AND ($3::text IS NULL OR persoon_id = $3) RETURNING persoon_id, soort, schooljaar, aanvraag_id, formaat, verloopt_op",
        [token, nu, persoonId ?? null],
      );
      const rij = r.rows[0];
      return rij && downloadVan(token, rij, nu);
    },
  };


  readonly vervangingen: VervangingRepository = {
    lijst: async () => {
      const r = await this.pool.query<{ data: unknown }>("SELECT data FROM vervangingen ORDER BY voor");
      return r.rows.map((x) => lees(Vervanging, x.data, "vervanging"));
    },
    zet: async (v, audit) => {
      const vervanging = lees(Vervanging, v, "vervanging");
      await this.transactie(async (c) => {
        await c.query("INSERT INTO vervangingen (voor, data) VALUES ($1, $2) ON CONFLICT (voor) DO UPDATE SET data = EXCLUDED.data", [vervanging.voor, JSON.stringify(vervanging)]);
        await metBijlagen(c, { audit: [audit] });
      });
    },
    beeindig: async (voor, audit) =>
      this.transactie(async (c) => {
        const r = await c.query("DELETE FROM vervangingen WHERE voor = $1", [voor]);
        if (r.rowCount === 0) return false;
        await metBijlagen(c, { audit: [audit] });
        return true;
      }),
  };

  readonly koppelingen: KoppelingRepository = {
    haal: async (objectId) => {
      const r = await this.pool.query<{ adres: string; op: Date }>("SELECT adres, op FROM koppelingen WHERE object_id = $1", [objectId]);
      const rij = r.rows[0];
      return rij && Koppeling.parse({ objectId, adres: rij.adres, op: rij.op.toISOString() });
    },
    lijst: async () => {
      const r = await this.pool.query<{ object_id: string; adres: string; op: Date }>("SELECT object_id, adres, op FROM koppelingen ORDER BY op");
      return r.rows.map((rij) => Koppeling.parse({ objectId: rij.object_id, adres: rij.adres, op: rij.op.toISOString() }));
    },
    bind: async (k, audit) => {
      const koppeling = lees(Koppeling, k, "koppeling");
      await this.transactie(async (c) => {
        await c.query("DELETE FROM koppelingen WHERE adres = $1 AND object_id <> $2", [koppeling.adres, koppeling.objectId]);
        await c.query("INSERT INTO koppelingen (object_id, adres, op) VALUES ($1, $2, $3) ON CONFLICT (object_id) DO UPDATE SET adres = EXCLUDED.adres, op = EXCLUDED.op", [koppeling.objectId, koppeling.adres, koppeling.op]);
        await metBijlagen(c, { audit: [audit] });
      });
    },
  };

  readonly afdrukken: AfdrukRepository = {
    haal: async (sleutel) => (await this.pool.query<{ data: unknown }>("SELECT data FROM afdrukken WHERE sleutel = $1", [sleutel])).rows[0]?.data,
    bewaar: async (afdrukken) => {
      await this.transactie(async (c) => {
        for (const [sleutel, data] of afdrukken)
          await c.query("INSERT INTO afdrukken (sleutel, data) VALUES ($1, $2) ON CONFLICT (sleutel) DO UPDATE SET data = EXCLUDED.data", [sleutel, JSON.stringify(data)]);
      });
    },
  };

  /** Healthy when the database answers a query within a few seconds. */
  async gezond(): Promise<void> {
    await this.pool.query({ text: "SELECT 1", query_timeout: 3_000 } as pg.QueryConfig);
  }

  private gesloten = false;
  async sluit(): Promise<void> {
    if (this.gesloten) return;
    this.gesloten = true;
    await this.pool.end();
  }
}

/**
 * Opens the store on PostgreSQL: connects, checks the credentials and brings the schema
 * up to date. An unreachable server or wrong credentials stop the start with a clear message.
 */
export async function openPostgresStore(opties: PostgresOpties): Promise<Store> {
  const pool = new pg.Pool({ connectionString: opties.url, max: opties.maxVerbindingen ?? 10, connectionTimeoutMillis: 10_000 });
  pool.on("error", () => undefined);
  try {
    await migreer(pool, undefined, (c) => leidBudgetAf(c, opties.afleiding));
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof DomainError || error instanceof OpslagFout) throw error;
    throw new OpslagFout("DATABASE_ONBEREIKBAAR", { adres: veiligAdres(opties.url), details: (error as Error).message });
  }
  return new PostgresStore(pool, opties.afleiding);
}

/** The database address without its password, for messages. */
export function veiligAdres(url: string): string {
  try {
    const u = new URL(url);
    u.password = u.password ? "***" : "";
    return u.toString();
  } catch {
    return "(ongeldig adres)";
  }
}
