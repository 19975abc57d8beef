import { constants } from "node:fs";
import { access, copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { Mutex } from "async-mutex";
import { Low } from "lowdb";
import { Aanvraag } from "../../domain/aanvraag.js";
import { telOp, type Budgetafleiding, type Budgetbijdrage, type Budgetsom } from "../../domain/budget.js";
import { DomainError } from "../../domain/errors.js";
import { OpslagFout, isOpslagFout } from "../fouten.js";
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
  type AanvraagRepository,
  type AuditLog,
  type Bijlagen,
  type ConversatieRepository,
  type DownloadRepository,
  type Geclaimd,
  type KoppelingRepository,
  type NieuweAanvraag,
  type Pot,
  type OntvangstRepository,
  type Store,
  type UitgaandRepository,
  type VervangingRepository,
} from "../ports.js";
import { naUitslag, naVerlopenClaim, onderbroken } from "../uitgaand.js";
import { BESTANDSMODUS, BestandAdapter, ruimTijdelijkeBestandenOp } from "./adapter.js";
import { controleerGeneraties, type Opslaglog } from "./herstel.js";
import type { Schijf } from "./schrijven.js";
import { bevries } from "./bevries.js";
import { metErbij, metSleutel, zonderSleutel } from "./ronde.js";
import { leegBestand, migraties as standaardMigraties, type Bestand, type Migratie } from "./schema.js";
import { vergrendel, VERGRENDELING_VERLOOPT_MS } from "./vergrendeling.js";

/** A link that is neither used nor expired at `nu`. */
const bruikbaar = (d: Download, nu: string) => d.gebruiktOp === undefined && Date.parse(d.verlooptOp) > Date.parse(nu);

/** How long a delivered activity's key is remembered. */
const ONTVANGST_BEWAREN_MS = 48 * 3600_000;

/** The store file inside the data folder. */
export const BESTANDSNAAM = "maatwerkbot.json";

/** Options of the embedded store. */
export interface LowdbOpties {
  dataDir: string;
  /** How long to wait for the lock of a process that died; 0 fails at once when the file is locked. */
  wachtOpVergrendelingMs?: number;
  /** Called when the lock is lost (the process stalled past its expiry); the default stops the process. */
  bijVerlorenVergrendeling?: (error: Error) => void;
  migraties?: readonly Migratie[];
  /** A 32-byte key: the file is then encrypted at rest, and a plain file is encrypted at once. */
  sleutel?: Buffer;
  /** How an aanvraag counts for the budget (from the configuration's regelingen). */
  afleiding: Budgetafleiding;
  /** The operator's confirmation that a plain file may be encrypted with `sleutel` (OPSLAG_VERSLEUTELEN=ja); without it a plain file is refused. */
  versleutelen?: boolean;
  /** The operator's confirmation to start from the previous generation when the file is unreadable (OPSLAG_HERSTEL=vorige). */
  herstel?: "vorige" | undefined;
  /** Where the store tells the operator about failed writes and recoveries; default standard error. */
  log?: Opslaglog;
  /** Tests only: the file system the writer uses, to inject faults. */
  schijf?: Schijf;
}

const standaardLog: Opslaglog = (niveau, bericht, velden = {}) => console.error(JSON.stringify({ ...velden, niveau, bericht }));

/** The audit lines and messages that go with a change, parsed (this may throw, so before anything is changed). */
function leesBijlagen(bij: Bijlagen): { audit: AuditRegel[]; uitgaand: Uitgaand[] } {
  return { audit: (bij.audit ?? []).map((r) => AuditRegel.parse(r)), uitgaand: (bij.uitgaand ?? []).map((u) => Uitgaand.parse(u)) };
}

/** `huidig`'s audit and outbox with the parsed `bij` added (changes in place what this round made). */
function metBijlagen(huidig: Bestand, bij: ReturnType<typeof leesBijlagen>): Pick<Bestand, "audit" | "uitgaand"> {
  return {
    audit: bij.audit.length ? metErbij(huidig.audit, bij.audit) : huidig.audit,
    uitgaand: bij.uitgaand.length ? metErbij(huidig.uitgaand, bij.uitgaand) : huidig.uitgaand,
  };
}

/** Still owed: neither delivered nor given up. */
function isOpen(u: Uitgaand): boolean {
  return u.verzondenOp === undefined && u.opgegevenOp === undefined;
}

function past(a: Aanvraag, f: AanvraagFilter): boolean {
  return (
    (f.swvId === undefined || a.swvId === f.swvId) &&
    (f.consulentId === undefined || a.consulentId === f.consulentId) &&
    (f.schoolBrins === undefined || f.schoolBrins.includes(a.schoolBrin)) &&
    (f.regelingIds === undefined || f.regelingIds.includes(a.regelingId)) &&
    (f.fasen === undefined || f.fasen.includes(a.status.fase))
  );
}

/**
 * The embedded store on lowdb: one JSON file, written atomically after every change
 * before the change is acknowledged, with writes serialised inside the process and the
 * file locked against other processes.
 */
class LowdbStore implements Store {
  private vastgelegd: Bestand;
  private readonly nummers = new Map<string, string>();
  private readonly schrijfslot = new Mutex();
  private readonly wachtrij: { vast: (huidig: Bestand) => Bestand; klaar: () => void; faal: (error: unknown) => void }[] = [];
  private gesloten = false;
  /** Each stored aanvraag is immutable, so its contribution to the budget is derived once. */
  private readonly bijdragen = new WeakMap<Aanvraag, Budgetbijdrage[]>();

  constructor(
    private readonly db: Low<Bestand>,
    private readonly ontgrendel: () => Promise<void>,
    private readonly afleiding: Budgetafleiding,
    private readonly bestand: string,
    private readonly log: Opslaglog,
  ) {
    this.vastgelegd = bevries(db.data);
    for (const a of Object.values(this.vastgelegd.aanvragen)) this.nummers.set(`${a.swvId}/${a.nummer}`, a.id);
  }

  private bijdrage(a: Aanvraag): Budgetbijdrage[] {
    let b = this.bijdragen.get(a);
    if (b === undefined) this.bijdragen.set(a, (b = this.afleiding.bijdragen(a)));
    return b;
  }

  private som(aanvragen: Bestand["aanvragen"], pot: Pot): Budgetsom {
    const inPot = Object.values(aanvragen).filter((a) => a.swvId === pot.swvId && pot.regelingIds.includes(a.regelingId) && (pot.schoolBrins === undefined || pot.schoolBrins.includes(a.schoolBrin)));
    return telOp(inPot.flatMap((a) => this.bijdrage(a)), pot.schooljaar);
  }

  private open(): Bestand {
    if (this.gesloten) throw new Error("De opslag is gesloten.");
    return this.vastgelegd;
  }

  /**
   * Applies a change: builds the next state, writes it, and only then makes it visible
   * and resolves. Changes that arrive while a write runs go into the next write together
   * (group commit), each applied in turn to the state the one before left; a change that
   * throws is refused alone, the others still go in. A round that changes nothing writes nothing.
   */
  private leg(vast: (huidig: Bestand) => Bestand): Promise<void> {
    return new Promise<void>((klaar, faal) => {
      this.wachtrij.push({ vast, klaar, faal });
      if (this.wachtrij.length === 1) void this.schrijfslot.runExclusive(() => this.schrijfWachtrij());
    });
  }

  private async schrijfWachtrij(): Promise<void> {
    while (this.wachtrij.length > 0) {
      // One turn of the event loop first: the changes of requests that arrived together join this round.
      await new Promise<void>((verder) => setImmediate(verder));
      const ronde = this.wachtrij.splice(0);
      let staat: Bestand;
      try {
        staat = this.open();
      } catch (error) {
        ronde.forEach((w) => w.faal(error));
        continue;
      }
      const erin: typeof ronde = [];
      const geweigerd: [(typeof ronde)[number], unknown][] = [];
      for (const w of ronde) {
        try {
          staat = w.vast(staat);
          erin.push(w);
        } catch (error) {
          geweigerd.push([w, error]);
        }
      }
      if (erin.length > 0 && staat === this.vastgelegd) erin.forEach((w) => w.klaar());
      else if (erin.length > 0) {
        this.db.data = bevries(staat);
        try {
          await this.db.write();
          this.vastgelegd = staat;
          erin.forEach((w) => w.klaar());
        } catch (error) {
          this.db.data = this.vastgelegd;
          // One line for the operator per failed write; whoever waited is told through their own error path.
          this.log("error", "Wijziging niet bewaard: het gegevensbestand is ongewijzigd en de bot draait door", {
            wijzigingen: erin.length,
            ...(isOpslagFout(error) && typeof error.details === "object" ? (error.details as Record<string, unknown>) : { fout: (error as Error).message }),
          });
          erin.forEach((w) => w.faal(error));
        }
      }
      // Refusals are told only now, so whoever was refused reads the state that refused it.
      geweigerd.forEach(([w, error]) => w.faal(error));
    }
  }

  readonly aanvragen: AanvraagRepository = {
    maak: async (nieuw: NieuweAanvraag, bij: Bijlagen = {}) => {
      let gemaakt: Aanvraag | undefined;
      await this.leg((huidig) => {
        const sleutel = tellerSleutel(nieuw.swvId, nieuw.prefix, nieuw.jaar);
        const volgnummer = (huidig.tellers[sleutel] ?? 0) + 1;
        const aanvraag = Aanvraag.parse(nieuw.bouw(formatNummer(nieuw.prefix, nieuw.jaar, volgnummer)));
        if (huidig.aanvragen[aanvraag.id]) throw new Error(`Aanvraag ${aanvraag.id} bestaat al.`);
        const bijlagen = leesBijlagen(bij);
        gemaakt = aanvraag;
        return {
          ...huidig,
          tellers: metSleutel(huidig.tellers, sleutel, volgnummer),
          aanvragen: metSleutel(huidig.aanvragen, aanvraag.id, aanvraag),
          ...metBijlagen(huidig, bijlagen),
        };
      });
      const a = gemaakt!;
      this.nummers.set(`${a.swvId}/${a.nummer}`, a.id);
      return a;
    },
    haal: async (id) => this.open().aanvragen[id],
    haalOpNummer: async (swvId, nummer) => {
      const id = this.nummers.get(`${swvId}/${nummer}`);
      return id === undefined ? undefined : this.open().aanvragen[id];
    },
    lijst: async (filter = {}) => Object.values(this.open().aanvragen).filter((a) => past(a, filter)),
    budgetsom: async (pot) => this.som(this.open().aanvragen, pot),
    bewaar: async (aanvraag, verwachteVersie, bij = {}) => {
      await this.leg((huidig) => {
        const opgeslagen = huidig.aanvragen[aanvraag.id];
        if (!opgeslagen) throw new DomainError("AANVRAAG_NIET_GEVONDEN");
        if (opgeslagen.versie !== verwachteVersie || aanvraag.nummer !== opgeslagen.nummer) throw new DomainError("VERSIECONFLICT");
        for (const c of controles(bij)) c.toets(this.som(huidig.aanvragen, c.pot));
        const nieuw = Aanvraag.parse(aanvraag);
        const bijlagen = leesBijlagen(bij);
        return { ...huidig, aanvragen: metSleutel(huidig.aanvragen, aanvraag.id, nieuw), ...metBijlagen(huidig, bijlagen) };
      });
    },
    verwijder: async (id, verwachteVersie, bij = {}) => {
      let nummer: string | undefined;
      await this.leg((huidig) => {
        const opgeslagen = huidig.aanvragen[id];
        if (!opgeslagen) throw new DomainError("AANVRAAG_NIET_GEVONDEN");
        if (opgeslagen.versie !== verwachteVersie) throw new DomainError("VERSIECONFLICT");
        const bijlagen = leesBijlagen(bij);
        nummer = `${opgeslagen.swvId}/${opgeslagen.nummer}`;
        return { ...huidig, aanvragen: zonderSleutel(huidig.aanvragen, id), ...metBijlagen(huidig, bijlagen) };
      });
      if (nummer) this.nummers.delete(nummer);
    },
  };

  readonly conversaties: ConversatieRepository = {
    bewaar: async (persoonId, verwijzing) => {
      let nieuw = false;
      await this.leg((huidig) => {
        const bekend = huidig.conversaties[persoonId];
        nieuw = bekend?.conversation.id !== verwijzing.conversation.id || bekend.serviceUrl !== verwijzing.serviceUrl;
        return nieuw ? { ...huidig, conversaties: metSleutel(huidig.conversaties, persoonId, Conversatieverwijzing.parse(verwijzing)) } : huidig;
      });
      return nieuw;
    },
    haal: async (persoonId) => this.open().conversaties[persoonId],
  };

  readonly audit: AuditLog = {
    voegToe: async (regel) => {
      const gelezen = AuditRegel.parse(regel);
      await this.leg((huidig) => ({ ...huidig, audit: metErbij(huidig.audit, [gelezen]) }));
    },
    lijst: async (filter = {}) =>
      this.open().audit.filter(
        (r) => (filter.aanvraagId === undefined || r.aanvraagId === filter.aanvraagId) && (filter.actor === undefined || r.actor === filter.actor),
      ),
  };

  readonly uitgaand: UitgaandRepository = {
    openstaand: async (persoonId) =>
      this.open()
        .uitgaand.filter((u) => isOpen(u) && (persoonId === undefined || u.persoonId === persoonId)),
    vanAanvraag: async (aanvraagId) =>
      this.open()
        .uitgaand.filter((u) => u.aanvraagId === aanvraagId),
    voegToeEenmalig: async (berichten) => {
      let nieuw: Uitgaand[] = [];
      await this.leg((huidig) => {
        const bekend = new Set(huidig.uitgaand.map((u) => u.sleutel).filter(Boolean));
        nieuw = berichten.filter((b) => b.sleutel === undefined || !bekend.has(b.sleutel)).map((b) => Uitgaand.parse(b));
        return nieuw.length > 0 ? { ...huidig, uitgaand: metErbij(huidig.uitgaand, nieuw) } : huidig;
      });
      return nieuw;
    },
    claim: async (c) => {
      const uit: Geclaimd = { teVersturen: [], onderbroken: [] };
      await this.leg((huidig) => {
        const nu = Date.parse(c.nu);
        // One process holds this file (the lock), so a claim of another sender is one that died with its process.
        const levend = (u: Uitgaand) => u.geclaimdOp !== undefined && u.geclaimdDoor === c.door && Date.parse(u.geclaimdOp) + c.leaseMs > nu;
        const gewijzigd = new Map<string, Uitgaand>();
        for (const u of huidig.uitgaand) {
          if (uit.teVersturen.length >= c.max) break;
          if (!isOpen(u) || (c.persoonId !== undefined && u.persoonId !== c.persoonId) || huidig.conversaties[u.persoonId] === undefined) continue;
          if ((u.volgendePogingOp !== undefined && Date.parse(u.volgendePogingOp) > nu) || levend(u)) continue;
          if (u.geclaimdOp !== undefined && naVerlopenClaim(u) === "opgeven") {
            const opgegeven = onderbroken(u, c.nu);
            gewijzigd.set(u.id, opgegeven);
            uit.onderbroken.push(opgegeven);
            continue;
          }
          const { verzendingGestartOp: _gestart, ...vrij } = u;
          const geclaimd = { ...vrij, geclaimdOp: c.nu, geclaimdDoor: c.door };
          gewijzigd.set(u.id, geclaimd);
          uit.teVersturen.push(geclaimd);
        }
        return gewijzigd.size > 0 ? { ...huidig, uitgaand: huidig.uitgaand.map((u) => gewijzigd.get(u.id) ?? u) } : huidig;
      });
      return uit;
    },
    markeerGestart: async (id, op) => {
      await this.leg((huidig) => ({ ...huidig, uitgaand: huidig.uitgaand.map((u) => (u.id === id ? { ...u, verzendingGestartOp: op } : u)) }));
    },
    verwerk: async (uitslagen) => {
      if (uitslagen.length === 0) return;
      const per = new Map(uitslagen.map((u) => [u.id, u]));
      await this.leg((huidig) => ({ ...huidig, uitgaand: huidig.uitgaand.map((u) => (per.has(u.id) ? naUitslag(u, per.get(u.id)!) : u)) }));
    },
  };

  /** In memory: the embedded store serves one process, and Teams redelivers within minutes. */
  private readonly gezien = new Map<string, number>();
  readonly ontvangen: OntvangstRepository = {
    nieuw: async (sleutel, op) => {
      const nu = Date.parse(op);
      if (this.gezien.size > 10_000) for (const [k, t] of this.gezien) if (t < nu - ONTVANGST_BEWAREN_MS) this.gezien.delete(k);
      // Bounded in entries too: under a flood the oldest go first (insertion order).
      for (const k of this.gezien.keys()) {
        if (this.gezien.size < 50_000) break;
        this.gezien.delete(k);
      }
      if (this.gezien.has(sleutel)) return false;
      this.gezien.set(sleutel, nu);
      return true;
    },
  };

  readonly downloads: DownloadRepository = {
    maak: async (d) => {
      const link = Download.parse(d);
      // Links a day past their expiry are of no use to anyone: they go when a new one comes.
      await this.leg((huidig) => ({ ...huidig, downloads: [...huidig.downloads.filter((x) => Date.parse(x.verlooptOp) > Date.parse(link.verlooptOp) - 86_400_000 * 2), link] }));
    },
    haal: async (token, nu) => {
      const d = this.open().downloads.find((x) => x.token === token);
      return d && bruikbaar(d, nu) ? structuredClone(d) : undefined;
    },
    gebruik: async (token, nu, persoonId) => {
      let gebruikt: Download | undefined;
      await this.leg((huidig) => {
        const d = huidig.downloads.find((x) => x.token === token);
        if (!d || !bruikbaar(d, nu) || (persoonId !== undefined && d.persoonId !== persoonId)) return huidig;
        gebruikt = { ...d, gebruiktOp: nu };
        return { ...huidig, downloads: huidig.downloads.map((x) => (x.token === token ? gebruikt! : x)) };
      });
      return gebruikt;
    },
  };

  readonly vervangingen: VervangingRepository = {
    lijst: async () => [...this.open().vervangingen],
    zet: async (v, audit) => {
      const vervanging = Vervanging.parse(v);
      const regel = AuditRegel.parse(audit);
      await this.leg((huidig) => ({
        ...huidig,
        vervangingen: [...huidig.vervangingen.filter((x) => x.voor !== v.voor), vervanging],
        audit: metErbij(huidig.audit, [regel]),
      }));
    },
    beeindig: async (voor, audit) => {
      let was = false;
      const regel = AuditRegel.parse(audit);
      await this.leg((huidig) => {
        was = huidig.vervangingen.some((x) => x.voor === voor);
        return was ? { ...huidig, vervangingen: huidig.vervangingen.filter((x) => x.voor !== voor), audit: metErbij(huidig.audit, [regel]) } : huidig;
      });
      return was;
    },
  };

  readonly koppelingen: KoppelingRepository = {
    haal: async (objectId) => structuredClone(this.open().koppelingen.find((k) => k.objectId === objectId)),
    lijst: async () => structuredClone([...this.open().koppelingen]),
    bind: async (k, audit) => {
      const koppeling = Koppeling.parse(k);
      const regel = AuditRegel.parse(audit);
      await this.leg((huidig) => ({
        ...huidig,
        koppelingen: [...huidig.koppelingen.filter((x) => x.objectId !== koppeling.objectId && x.adres !== koppeling.adres), koppeling],
        audit: metErbij(huidig.audit, [regel]),
      }));
    },
  };

  readonly afdrukken: AfdrukRepository = {
    haal: async (sleutel) => structuredClone(this.open().afdrukken[sleutel]),
    bewaar: async (afdrukken) => {
      // The bot keeps its snapshot at every start: an unchanged one writes nothing (at 10,000 aanvragen a write of the whole file added ~50 MB to the start).
      await this.leg((huidig) => {
        const nieuw = [...afdrukken].filter(([sleutel, waarde]) => JSON.stringify(huidig.afdrukken[sleutel]) !== JSON.stringify(waarde));
        return nieuw.length > 0 ? { ...huidig, afdrukken: { ...huidig.afdrukken, ...Object.fromEntries(nieuw) } } : huidig;
      });
    },
  };

  /** Healthy while the store is open and its file is still there to write to. */
  async gezond(): Promise<void> {
    this.open();
    await access(this.bestand, constants.W_OK);
  }

  async sluit(): Promise<void> {
    if (this.gesloten) return;
    await this.schrijfslot.runExclusive(async () => {
      this.gesloten = true;
      await this.ontgrendel();
    });
  }
}

/**
 * Opens the embedded store in `dataDir`: locks the file, removes temp files a dead
 * process left, reads and validates it (migrating an older version after a backup).
 * A corrupt file, a newer version or a lock held elsewhere stops here with a coded
 * error, and the data file is left exactly as it was; so does a missing or unreadable
 * file beside a good previous generation, unless `herstel` confirms starting from that.
 */
export async function openLowdbStore(opties: LowdbOpties): Promise<Store> {
  await mkdir(opties.dataDir, { recursive: true, mode: 0o700 });
  const bestand = join(opties.dataDir, BESTANDSNAAM);
  const ontgrendel = await vergrendel(bestand, {
    wachtMs: opties.wachtOpVergrendelingMs ?? VERGRENDELING_VERLOOPT_MS + 2_000,
    bijVerlies:
      opties.bijVerlorenVergrendeling ??
      ((error) => {
        console.error(`Vergrendeling van ${bestand} verloren; de bot stopt om dubbel schrijven te voorkomen.`, error.message);
        process.exit(75);
      }),
  });
  try {
    await ruimTijdelijkeBestandenOp(bestand);
    const log = opties.log ?? standaardLog;
    const adapter = new BestandAdapter(bestand, opties.migraties ?? standaardMigraties, opties.sleutel, opties.schijf);
    const { hersteld, gelezen } = await controleerGeneraties(bestand, adapter, { herstel: opties.herstel, log, nu: () => new Date() });
    const db = new Low<Bestand>(adapter, leegBestand());
    const bestaat = await access(bestand).then(
      () => true,
      () => false,
    );
    // The check read and validated the file already: at 10,000 aanvragen a second parse added ~120 MB of garbage to the peak.
    if (gelezen) adapter.gebruikBijLezen(gelezen);
    await db.read();
    if (adapter.onversleuteldGelezen && !opties.versleutelen) throw new OpslagFout("OPSLAG_ONVERSLEUTELD_BESTAND", { bestand });
    // A restore from .vorige (confirmed by the operator) is one generation back on purpose; the next write moves past the counter.
    if (hersteld) adapter.generatie = Math.max(adapter.generatie, await adapter.tellerStand());
    else await adapter.controleerTeller();
    if (!bestaat) await db.write();
    else if (adapter.gemigreerdVan !== undefined) {
      await copyFile(bestand, `${bestand}.v${adapter.gemigreerdVan}.bak`);
      await db.write();
    } else if (adapter.onversleuteldGelezen) {
      if (!opties.versleutelen) throw new OpslagFout("OPSLAG_ONVERSLEUTELD_BESTAND", { bestand });
      // Twice: the second write makes the previous generation (.vorige) the encrypted one too.
      await db.write();
      await db.write();
      log("warn", "Het onversleutelde gegevensbestand is nu versleuteld (OPSLAG_VERSLEUTELEN=ja); haal de instelling weg", { bestand });
    }
    return new LowdbStore(db, ontgrendel, opties.afleiding, bestand, log);
  } catch (error) {
    await ontgrendel();
    throw error;
  }
}

export { BESTANDSMODUS };
