import { z } from "zod/v4";
import type { Aanvraag } from "../domain/aanvraag.js";
import type { Budgetsom } from "../domain/budget.js";
import { Tijdstip } from "../domain/datum.js";
import type { Vervanging } from "../domain/swv.js";

/**
 * Where to reach a person proactively: a Bot Framework conversation reference, kept
 * per person (each Teams client, and each Playground, has its own serviceUrl).
 */
export const Conversatieverwijzing = z.looseObject({
  serviceUrl: z.url(),
  channelId: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1) }),
});
export type Conversatieverwijzing = z.infer<typeof Conversatieverwijzing>;

/** One line of the append-only audit log: who did what to which aanvraag, allowed or not. */
export const AuditRegel = z.object({
  op: Tijdstip,
  actor: z.string().min(1),
  actie: z.string().min(1),
  uitkomst: z.enum(["toegestaan", "geweigerd"]),
  aanvraagId: z.uuid().optional(),
  /** The phase before and after a transition. */
  van: z.string().max(20).optional(),
  naar: z.string().max(20).optional(),
  /** Never pupil data: a code or a short reason. */
  reden: z.string().max(500).optional(),
});
export type AuditRegel = z.infer<typeof AuditRegel>;

/**
 * A message the bot owes someone: kept until it is delivered, so a decision card for
 * a decider who never opened the bot waits for them. Rendered from the aanvraag's
 * state at the moment of sending; `activiteitId` is the sent message, to update later.
 */
export const Uitgaand = z.object({
  id: z.uuid(),
  persoonId: z.string().min(1),
  soort: z.enum(["beslissing", "beschikking", "afwijzing", "teruggestuurd", "budget-overschrijding", "termijn-beslisser", "termijn-staf", "voortgang", "voortgang-te-laat", "concept-opruiming", "stilstand-gesloten"]),
  /** For a voortgang reminder: which appointment, and which moment of it. */
  afspraak: z
    .object({
      soort: z.enum(["voortgangsgesprek", "evaluatie", "vervolgactie"]),
      volgnummer: z.number().int().positive(),
      datum: z.string(),
      /** The date the schedule gave before it moved to a school day (it fell in a weekend or a holiday). */
      geplandOp: z.string().optional(),
      moment: z.enum(["week-vooraf", "op-de-dag", "te-laat"]),
    })
    .optional(),
  /** When set, at most one message with this key is ever stored. */
  sleutel: z.string().max(200).optional(),
  aanvraagId: z.uuid(),
  aangemaaktOp: Tijdstip,
  verzondenOp: Tijdstip.optional(),
  activiteitId: z.string().optional(),
  pogingen: z.number().int().nonnegative().default(0),
  laatsteFout: z.string().max(500).optional(),
  /** Taken by a sender (an instance of the bot) at this moment; sending happens only after this is stored. */
  geclaimdOp: Tijdstip.optional(),
  geclaimdDoor: z.string().max(100).optional(),
  /** The claimed message is on its way to Teams from this moment: whether it arrived is unknown until it is recorded. */
  verzendingGestartOp: Tijdstip.optional(),
  /** After a failure: not before this moment again (backoff, or the connector's Retry-After). */
  volgendePogingOp: Tijdstip.optional(),
  /** No longer sent: the aanvraag is gone, the person cannot be reached, or a reminder's sending was cut off (`laatsteFout` says which). */
  opgegevenOp: Tijdstip.optional(),
});
export type Uitgaand = z.infer<typeof Uitgaand>;

/**
 * Reminders are sent at most once: when a sender dies after it started sending and
 * before it recorded the outcome, nobody can tell whether the message arrived, and a
 * reminder twice is worse than a missed one that the next moment (on the day, overdue)
 * repeats. (A claim whose sending never started is simply taken over: nothing lost.)
 * Every other message (a decision card, a beschikking) is sent at least once: it is
 * rendered from the aanvraag's state, so a second copy is harmless; it must never be lost.
 */
export const HOOGSTENS_EENS: ReadonlySet<Uitgaand["soort"]> = new Set(["voortgang", "voortgang-te-laat", "termijn-beslisser", "termijn-staf"]);

/** How a claimed message went. */
export type Uitslag =
  | { id: string; soort: "verzonden"; op: string; activiteitId?: string }
  | { id: string; soort: "mislukt"; fout: string; volgendePogingOp: string }
  | { id: string; soort: "opgegeven"; op: string; reden: string }
  /** Not tried: Teams asked the tenant to wait; released until `tot`, without counting as an attempt. */
  | { id: string; soort: "uitgesteld"; tot: string };

/** What a sender asks for: due messages for people it can reach, oldest first. */
export interface Claim {
  /** The claiming instance. */
  door: string;
  nu: string;
  max: number;
  /** A claim older than this is taken to be from a sender that died. */
  leaseMs: number;
  persoonId?: string;
}

/** What a claim yields: the messages to send now, and reminders whose earlier sending was cut off (now given up). */
export interface Geclaimd {
  teVersturen: Uitgaand[];
  onderbroken: Uitgaand[];
}

/** One pot's budget check inside a write: `toets` throws to refuse. */
export interface Budgetcontrole {
  pot: Pot;
  toets: (som: Budgetsom) => void;
}

/** The checks of a write as a list. */
export function controles(bij: Bijlagen): readonly Budgetcontrole[] {
  return bij.controle === undefined ? [] : "pot" in bij.controle ? [bij.controle] : bij.controle;
}

/** What is written together with a change of an aanvraag, in the same write. */
export interface Bijlagen {
  audit?: readonly AuditRegel[];
  uitgaand?: readonly Uitgaand[];
  /**
   * A check of the budget of a pot, run inside the write on the sums of the stored
   * aanvragen (this one as it was), so concurrent grants cannot both pass it; `toets`
   * throws to refuse. Writes checking the same pot are serialised, across instances too.
   * A grant split over two schooljaren checks the pot of each (a list).
   */
  controle?: Budgetcontrole | readonly Budgetcontrole[];
}

/** Which aanvragen to list. Every field narrows; none means all. */
export interface AanvraagFilter {
  swvId?: string;
  consulentId?: string;
  schoolBrins?: readonly string[];
  regelingIds?: readonly string[];
  fasen?: readonly Aanvraag["status"]["fase"][];
}

/** A budget pot in one schooljaar: the regelingen that draw on it. */
export interface Pot {
  swvId: string;
  regelingIds: readonly string[];
  schooljaar: string;
  /** Only the aanvragen of these schools (a stadsdeel, one school); without it, every school's. */
  schoolBrins?: readonly string[];
}

/** What creating an aanvraag needs: where its number comes from, and how to build it with that number. */
export interface NieuweAanvraag {
  swvId: string;
  prefix: "MW" | "IN";
  jaar: number;
  bouw: (nummer: string) => Aanvraag;
}

/** Aanvragen with their drafts and history. */
export interface AanvraagRepository {
  /** Draws the next number of the SWV, prefix and year and stores the new aanvraag, in one write. */
  maak(nieuw: NieuweAanvraag, bij?: Bijlagen): Promise<Aanvraag>;
  haal(id: string): Promise<Aanvraag | undefined>;
  haalOpNummer(swvId: string, nummer: string): Promise<Aanvraag | undefined>;
  lijst(filter?: AanvraagFilter): Promise<Aanvraag[]>;
  /** What the aanvragen of a pot add up to in its schooljaar, without loading them (the store's budget derivation). */
  budgetsom(pot: Pot): Promise<Budgetsom>;
  /**
   * Stores a changed aanvraag when the stored one still has `verwachteVersie`;
   * otherwise throws DomainError VERSIECONFLICT and changes nothing.
   */
  bewaar(aanvraag: Aanvraag, verwachteVersie: number, bij?: Bijlagen): Promise<void>;
  /** Removes a draft for good when the stored one still has `verwachteVersie`; VERSIECONFLICT otherwise. */
  verwijder(id: string, verwachteVersie: number, bij?: Bijlagen): Promise<void>;
}

/** Conversation references, one per person. */
export interface ConversatieRepository {
  /** Stores the reference; true when it is new or differs from the stored one (decided inside the write lock). */
  bewaar(persoonId: string, verwijzing: Conversatieverwijzing): Promise<boolean>;
  haal(persoonId: string): Promise<Conversatieverwijzing | undefined>;
}

/** The append-only audit log. */
export interface AuditLog {
  voegToe(regel: AuditRegel): Promise<void>;
  lijst(filter?: { aanvraagId?: string; actor?: string }): Promise<AuditRegel[]>;
}

/** The outbox of messages the bot owes people. */
export interface UitgaandRepository {
  /** Messages still owed (neither delivered nor given up), oldest first; for one person when given. */
  openstaand(persoonId?: string): Promise<Uitgaand[]>;
  /** Every message about an aanvraag, delivered or not. */
  vanAanvraag(aanvraagId: string): Promise<Uitgaand[]>;
  /** Stores the messages whose key is not stored yet, in one write; resolves to those it stored. */
  voegToeEenmalig(berichten: readonly Uitgaand[]): Promise<Uitgaand[]>;
  /**
   * Claims, in one write, up to `max` owed messages that are due, for people with a
   * conversation reference, that no live sender holds. A claim whose sender died is
   * taken over, except for a reminder (HOOGSTENS_EENS) whose sending had started: that
   * is given up and returned in `onderbroken`, so it is never sent twice.
   */
  claim(claim: Claim): Promise<Geclaimd>;
  /** Marks a claimed message as on its way, just before it is handed to Teams. */
  markeerGestart(id: string, op: string): Promise<void>;
  /** Records how claimed messages went, in one write; releases their claims. */
  verwerk(uitslagen: readonly Uitslag[]): Promise<void>;
}

/** Deputies a decider set in chat. */
export interface VervangingRepository {
  lijst(): Promise<Vervanging[]>;
  /** Sets the deputy of `v.voor`, replacing one set before in chat; audited in the same write. */
  zet(v: Vervanging, audit: AuditRegel): Promise<void>;
  /** Ends the chat-set deputy of `voor`; false when there was none. */
  beeindig(voor: string, audit: AuditRegel): Promise<boolean>;
}

const downloadBasis = {
  token: z.string().min(32).max(100),
  persoonId: z.string().min(1),
  verlooptOp: Tijdstip,
  gebruiktOp: Tijdstip.optional(),
};

/**
 * A download link: one person, one use, a short life. It serves the monitoring report of a
 * schooljaar as CSV or as .xlsx (`formaat`; none is CSV), or the beschikking of an aanvraag as PDF
 * (made anew from the decision). A link stored before beschikkingen could be downloaded has no
 * `soort`: it is a report's.
 */
export const Download = z.preprocess(
  (v) => (v !== null && typeof v === "object" && !("soort" in v) ? { ...v, soort: "rapportage" } : v),
  z.discriminatedUnion("soort", [
    z.object({ ...downloadBasis, soort: z.literal("rapportage"), schooljaar: z.string().regex(/^\d{4}-\d{4}$/), formaat: z.enum(["csv", "xlsx"]).optional() }),
    z.object({ ...downloadBasis, soort: z.literal("beschikking"), aanvraagId: z.uuid() }),
  ]),
);
export type Download = z.infer<typeof Download>;
/** What a link serves, without who and how long. */
export type DownloadInhoud = { soort: "rapportage"; schooljaar: string; formaat?: Rapportformaat } | { soort: "beschikking"; aanvraagId: string };
/** The file format of a report download: CSV for other programs, .xlsx for Excel. */
export type Rapportformaat = "csv" | "xlsx";

/** Download links. */
export interface DownloadRepository {
  maak(d: Download): Promise<void>;
  /** The link when it exists, has not expired at `nu` and was not used; it stays unused. */
  haal(token: string, nu: string): Promise<Download | undefined>;
  /**
   * Uses a link once: the link when it exists, has not expired at `nu`, was not used before
   * and, when `persoonId` is given, belongs to that person; undefined (and unused) otherwise.
   */
  gebruik(token: string, nu: string, persoonId?: string): Promise<Download | undefined>;
}

/** Activities Teams delivered, to notice one delivered twice (Teams retries). */
export interface OntvangstRepository {
  /** Registers a delivery key; false when it was registered before (within a day or two). */
  nieuw(sleutel: string, op: string): Promise<boolean>;
}

/**
 * A person configured by e-mail, bound to the Entra object id Teams gave for that address
 * at their first contact. `adres` is the configured address in lower case.
 */
export const Koppeling = z.object({
  objectId: z.string().min(1).max(100),
  adres: z.string().min(3).max(320),
  op: Tijdstip,
});
export type Koppeling = z.infer<typeof Koppeling>;

/** Which object id belongs to which configured address. */
export interface KoppelingRepository {
  /** The binding of an object id, if any. */
  haal(objectId: string): Promise<Koppeling | undefined>;
  /** Every binding. */
  lijst(): Promise<Koppeling[]>;
  /**
   * Binds the object id to the address, in one write with its audit line: an earlier binding of
   * this object id, or of this address to another object id, is replaced.
   */
  bind(k: Koppeling, audit: AuditRegel): Promise<void>;
}

/** What the bot last ran with, by key (a regeling, the SWV configuration): to say at start what changed. */
export interface AfdrukRepository {
  haal(sleutel: string): Promise<unknown>;
  /** Stores the snapshots, replacing those with the same key, in one write. */
  bewaar(afdrukken: ReadonlyMap<string, unknown>): Promise<void>;
}

/** Everything the services persist. */
export interface Store {
  ontvangen: OntvangstRepository;
  downloads: DownloadRepository;
  aanvragen: AanvraagRepository;
  conversaties: ConversatieRepository;
  audit: AuditLog;
  uitgaand: UitgaandRepository;
  vervangingen: VervangingRepository;
  koppelingen: KoppelingRepository;
  afdrukken: AfdrukRepository;
  /** Throws when the store cannot be read or written now (the health check). */
  gezond(): Promise<void>;
  /** Flushes and releases the data files; the store is unusable afterwards. */
  sluit(): Promise<void>;
}
