import { z } from "zod/v4";
import type { Aanvraag } from "../domain/aanvraag.js";
import { Tijdstip } from "../domain/datum.js";

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
  /** Never pupil data: a code or a short reason. */
  reden: z.string().max(500).optional(),
});
export type AuditRegel = z.infer<typeof AuditRegel>;

/** Which aanvragen to list. Every field narrows; none means all. */
export interface AanvraagFilter {
  swvId?: string;
  consulentId?: string;
  schoolBrins?: readonly string[];
  regelingIds?: readonly string[];
  fasen?: readonly Aanvraag["status"]["fase"][];
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
  maak(nieuw: NieuweAanvraag, audit?: readonly AuditRegel[]): Promise<Aanvraag>;
  haal(id: string): Promise<Aanvraag | undefined>;
  haalOpNummer(swvId: string, nummer: string): Promise<Aanvraag | undefined>;
  lijst(filter?: AanvraagFilter): Promise<Aanvraag[]>;
  /**
   * Stores a changed aanvraag when the stored one still has `verwachteVersie`;
   * otherwise throws DomainError VERSIECONFLICT and changes nothing.
   */
  bewaar(aanvraag: Aanvraag, verwachteVersie: number, audit?: readonly AuditRegel[]): Promise<void>;
  /** Removes a draft for good when the stored one still has `verwachteVersie`; VERSIECONFLICT otherwise. */
  verwijder(id: string, verwachteVersie: number, audit?: readonly AuditRegel[]): Promise<void>;
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

/** Everything the services persist. */
export interface Store {
  aanvragen: AanvraagRepository;
  conversaties: ConversatieRepository;
  audit: AuditLog;
  /** Flushes and releases the data files; the store is unusable afterwards. */
  sluit(): Promise<void>;
}
