import { z } from "zod/v4";
import { Aanvraag } from "../../domain/aanvraag.js";
import { Vervanging } from "../../domain/swv.js";
import { AuditRegel, Conversatieverwijzing, Download, Koppeling, Uitgaand } from "../ports.js";

/** The schema version this build writes. Raise it with a migration in `migraties`. */
export const SCHEMA_VERSIE = 2;

/** The embedded store's file: aanvragen by id, number counters, conversation references, audit log, outbox, deputies. */
export const Bestand = z.object({
  schemaVersie: z.literal(SCHEMA_VERSIE),
  aanvragen: z.record(z.uuid(), Aanvraag),
  tellers: z.record(z.string(), z.number().int().nonnegative()),
  conversaties: z.record(z.string(), Conversatieverwijzing),
  audit: z.array(AuditRegel),
  uitgaand: z.array(Uitgaand),
  /** Deputies set in chat, besides those in the SWV config. */
  vervangingen: z.array(Vervanging),
  /** Download links of the monitoring report (added without a new version: absent reads as none). */
  downloads: z.array(Download).default([]),
  /** People configured by e-mail, bound to their object id at first contact (added the same way). */
  koppelingen: z.array(Koppeling).default([]),
  /** What the bot last ran with, by key (added the same way). */
  afdrukken: z.record(z.string(), z.unknown()).default({}),
});
export type Bestand = z.infer<typeof Bestand>;

/** An empty store file of the current version. */
export function leegBestand(): Bestand {
  return { schemaVersie: SCHEMA_VERSIE, aanvragen: {}, tellers: {}, conversaties: {}, audit: [], uitgaand: [], vervangingen: [], downloads: [], koppelingen: [], afdrukken: {} };
}

/** A migration takes the raw JSON of version `van` to version `van + 1`. */
export interface Migratie {
  van: number;
  migreer: (ruw: Record<string, unknown>) => Record<string, unknown>;
}

/** The migrations of this build, oldest first. */
export const migraties: readonly Migratie[] = [
  /** 2: the outbox of messages owed to people, and deputies set in chat. */
  { van: 1, migreer: (ruw) => ({ ...ruw, uitgaand: [], vervangingen: [] }) },
];
