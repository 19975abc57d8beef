import { z } from "zod/v4";
import { IsoDatum, Periode, Tijdstip } from "./datum.js";
import { BESLISSING_MAX } from "./beslissingLimieten.js";
import { Centen } from "./geld.js";
import { Slug } from "./regeling.js";
import { VOORTGANG_MAX } from "./voortgangLimieten.js";

/** A Microsoft Entra object id: who a person is, never a display name. */
export const PersoonId = z.string().min(1).max(100);
export type PersoonId = z.infer<typeof PersoonId>;

/** "MW-2026-0001": prefix, calendar year and a sequence per SWV. */
export const Aanvraagnummer = z.string().regex(/^(MW|IN)-\d{4}-\d{4,}$/);
export type Aanvraagnummer = z.infer<typeof Aanvraagnummer>;

/**
 * A pupil as the school's records know them: a pupil number or OPP reference, initials
 * and year of birth. The full name only where the regeling demands it.
 */
export const Leerling = z.object({
  referentie: z.string().trim().min(1).max(40),
  initialen: z.string().trim().min(1).max(10),
  geboortejaar: z.number().int().min(1990).max(2100),
  naam: z.string().trim().min(1).max(120).optional(),
});
export type Leerling = z.infer<typeof Leerling>;

/** One line of a budget: what for, and how much. */
export const Begrotingsregel = z.object({ omschrijving: z.string().trim().min(1).max(200), bedrag: Centen });
export type Begrotingsregel = z.infer<typeof Begrotingsregel>;

/** The specified budget: its lines and the total asked for. */
export const Begroting = z.object({
  regels: z.array(Begrotingsregel),
  totaal: Centen,
  /** Set when the consulent left the total empty: it is the sum of the lines, and follows them when they change. */
  totaalBerekend: z.boolean().optional(),
});
export type Begroting = z.infer<typeof Begroting>;

/** A reference to a document such as the OPP: an id in the school's system, a link, or both. */
export const Documentverwijzing = z.object({
  referentie: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https$/ }).optional(),
});
export type Documentverwijzing = z.infer<typeof Documentverwijzing>;

/** The answer to one criterion; its shape follows the criterion's type. */
export const Antwoord = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(Leerling),
  Periode,
  Begroting,
  Documentverwijzing,
]);
export type Antwoord = z.infer<typeof Antwoord>;

/** The decision that grants: amount, period and school weeks (002: bekostiging en aantal schoolweken). */
export const Beschikking = z.object({
  nummer: z.string().min(1),
  bedrag: Centen,
  periode: Periode,
  schoolweken: z.number().int().min(1).max(52),
  schooljaar: z.string().regex(/^\d{4}-\d{4}$/),
  besluitOp: Tijdstip,
  besluitDoor: PersoonId,
  /** Set when a deputy decided on behalf of the assigned decider. */
  namens: PersoonId.optional(),
  toelichting: z.string().max(BESLISSING_MAX.toelichting).optional(),
  /** Set when a period over 1 August was split: each schooljaar's part, counted in that schooljaar's pot. */
  delen: z.array(z.object({ schooljaar: z.string().regex(/^\d{4}-\d{4}$/), bedrag: Centen, schoolweken: z.number().int().min(0).max(52) })).optional(),
  /** Set when the grant overran the yearly budget under a warning regeling. */
  bestuurInformeren: z.boolean().default(false),
});
export type Beschikking = z.infer<typeof Beschikking>;

/** The recorded evaluation at the end of a traject. */
/** The effect reached on one goal, as judged at the evaluation. */
export const DoelEffect = z.object({ doel: z.string().max(300), effect: z.enum(["ja", "deels", "nee"]) });
export type DoelEffect = z.infer<typeof DoelEffect>;

export const Evaluatie = z.object({
  antwoorden: z.record(Slug, z.union([z.string().max(VOORTGANG_MAX.evaluatieAntwoord), z.boolean()])),
  /** Per goal of the aanvraag: reached, partly, not. */
  perDoel: z.array(DoelEffect).default([]),
  vastgelegdOp: Tijdstip,
  vastgelegdDoor: PersoonId,
});
export type Evaluatie = z.infer<typeof Evaluatie>;

/** Where the aanvraag is in its lifecycle: a discriminated union on `fase`. */
export const Status = z.discriminatedUnion("fase", [
  z.object({ fase: z.literal("concept") }),
  z.object({ fase: z.literal("ingediend"), ingediendOp: Tijdstip, beslisserId: PersoonId, ronde: z.number().int().positive() }),
  z.object({
    fase: z.literal("teruggestuurd"),
    vraag: z.string().min(1),
    op: Tijdstip,
    door: PersoonId,
    beslisserId: PersoonId,
    ronde: z.number().int().positive(),
  }),
  z.object({ fase: z.literal("toegekend"), beschikking: Beschikking }),
  z.object({
    fase: z.literal("afgewezen"),
    reden: z.string().min(1),
    besluitOp: Tijdstip,
    besluitDoor: PersoonId,
    namens: PersoonId.optional(),
  }),
  z.object({ fase: z.literal("lopend"), beschikking: Beschikking, gestartOp: Tijdstip }),
  z.object({ fase: z.literal("afgesloten"), beschikking: Beschikking, evaluatie: Evaluatie }),
  z.object({
    fase: z.literal("ingetrokken"),
    op: Tijdstip,
    door: PersoonId,
    reden: z.string().optional(),
    vorigeFase: z.enum(["concept", "ingediend", "teruggestuurd"]),
  }),
]);
export type Status = z.infer<typeof Status>;
export type Fase = Status["fase"];

/** One line of an aanvraag's history. */
export const Gebeurtenis = z.object({
  op: Tijdstip,
  door: PersoonId,
  soort: z.enum([
    "aangemaakt",
    "bewerkt",
    "ingediend",
    "teruggestuurd",
    "beantwoord",
    "toegekend",
    "afgewezen",
    "gestart",
    "afgesloten",
    "ingetrokken",
    "voortgangsgesprek",
    "verzet",
    "vervolgactie",
    "geanonimiseerd",
  ]),
  namens: PersoonId.optional(),
  toelichting: z.string().optional(),
  /** The day it happened, when that is not the day it was recorded (`op`): the date a gesprek was held. */
  datum: IsoDatum.optional(),
});
export type Gebeurtenis = z.infer<typeof Gebeurtenis>;

/** How the support is going, as recorded at a voortgangsgesprek. */
export const Voortgangsoordeel = z.enum(["op-koers", "deels", "niet"]);
export type Voortgangsoordeel = z.infer<typeof Voortgangsoordeel>;

/** How one goal is going, as judged at a voortgangsgesprek. */
export const DoelOordeel = z.object({ doel: z.string().max(300), oordeel: Voortgangsoordeel });
export type DoelOordeel = z.infer<typeof DoelOordeel>;

/** A recorded voortgangsgesprek. */
export const Gesprek = z.object({
  volgnummer: z.number().int().positive(),
  gehoudenOp: IsoDatum,
  deelnemers: z.string().trim().min(1).max(VOORTGANG_MAX.deelnemers),
  /** Overall: on course only when every goal is, not when none is, partly otherwise. */
  voortgang: Voortgangsoordeel,
  perDoel: z.array(DoelOordeel).default([]),
  notities: z.string().max(VOORTGANG_MAX.notities).default(""),
  vervolgstappen: z.string().max(VOORTGANG_MAX.vervolgstappen).default(""),
  vastgelegdOp: Tijdstip,
  vastgelegdDoor: PersoonId,
});
export type Gesprek = z.infer<typeof Gesprek>;

/** A follow-up item of the regeling that was done (innovatie: a presentation), with when. */
export const UitgevoerdeVervolgactie = z.object({
  id: Slug,
  gedaanOp: IsoDatum,
  toelichting: z.string().max(VOORTGANG_MAX.vervolgactieToelichting).default(""),
  vastgelegdOp: Tijdstip,
  vastgelegdDoor: PersoonId,
});
export type UitgevoerdeVervolgactie = z.infer<typeof UitgevoerdeVervolgactie>;

/** An appointment moved to another date, with the reason. */
export const Verzetting = z.object({
  soort: z.enum(["voortgangsgesprek", "evaluatie"]),
  volgnummer: z.number().int().positive(),
  nieuweDatum: IsoDatum,
  reden: z.string().trim().min(1).max(VOORTGANG_MAX.verzetReden),
  op: Tijdstip,
  door: PersoonId,
});
export type Verzetting = z.infer<typeof Verzetting>;

/** The content of an aanvraag at one version: what a question of the decider was about. */
export const Inhoudsversie = z.object({
  versie: z.number().int().nonnegative(),
  antwoorden: z.record(Slug, Antwoord),
  voorwaarden: z.record(Slug, z.boolean()),
});
export type Inhoudsversie = z.infer<typeof Inhoudsversie>;

/** One round of the dialogue after Terugsturen: who asked what about which version, and the answer. */
export const Dialoogronde = z.object({
  ronde: z.number().int().positive(),
  /** No maximum when read: the domain refuses a longer one when it is asked (stuurTerug), and data stored before that rule must still open. */
  vraag: z.string().min(1),
  gevraagdDoor: PersoonId,
  namens: PersoonId.optional(),
  gevraagdOp: Tijdstip,
  /** The content the question was about, to show on resubmission what changed since. */
  inhoud: Inhoudsversie,
  /** Twice the limit: an answer stored before the limit counted UTF-16 code units was counted in characters, up to two units each. */
  antwoord: z.string().max(2 * BESLISSING_MAX.antwoord).optional(),
  beantwoordDoor: PersoonId.optional(),
  beantwoordOp: Tijdstip.optional(),
  opnieuwIngediendOp: Tijdstip.optional(),
});
export type Dialoogronde = z.infer<typeof Dialoogronde>;

/** An aanvraag with its content, its status and its history. */
export const Aanvraag = z.object({
  id: z.uuid(),
  nummer: Aanvraagnummer,
  swvId: Slug,
  regelingId: Slug,
  schoolBrin: z.string().min(1),
  consulentId: PersoonId,
  aangemaaktOp: Tijdstip,
  bijgewerktOp: Tijdstip,
  /** Raised by one on every change; a save with a stale version is refused. */
  versie: z.number().int().nonnegative(),
  antwoorden: z.record(Slug, Antwoord),
  voorwaarden: z.record(Slug, z.boolean()),
  /** A draft's place in the guided form, to resume where the user stopped. */
  stap: z.number().int().nonnegative().default(0),
  /** When the pupil data was removed, the retention period after closing having passed. */
  geanonimiseerdOp: Tijdstip.optional(),
  /** When the consulent was told this untouched concept will be deleted (retention); an edit after it cancels it. */
  opruimingAangekondigdOp: Tijdstip.optional(),
  /** The aanvraag this one extends (innovatie: at most once). */
  verlengingVan: z.uuid().optional(),
  status: Status,
  geschiedenis: z.array(Gebeurtenis),
  /** Every question of a decider after Terugsturen and the consulent's answer, oldest first (absent in older stores: none). */
  dialoog: z.array(Dialoogronde).default([]),
  /** The voortgangsgesprekken recorded and the appointments moved, once granted. */
  voortgang: z
    .object({ gesprekken: z.array(Gesprek), verzet: z.array(Verzetting), vervolgacties: z.array(UitgevoerdeVervolgactie).default([]) })
    .default({ gesprekken: [], verzet: [], vervolgacties: [] }),
});
export type Aanvraag = z.infer<typeof Aanvraag>;

/** Narrow an aanvraag to one phase. */
export type AanvraagIn<F extends Fase> = Aanvraag & { status: Extract<Status, { fase: F }> };

/** Dutch words for each phase, as users read them. */
export const faseLabel: Record<Fase, string> = {
  concept: "concept",
  ingediend: "ingediend",
  teruggestuurd: "teruggestuurd",
  toegekend: "toegekend",
  afgewezen: "afgewezen",
  lopend: "lopend",
  afgesloten: "afgesloten",
  ingetrokken: "ingetrokken",
};

