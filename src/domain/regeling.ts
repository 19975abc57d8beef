import { z } from "zod/v4";
import { Centen } from "./geld.js";
import { DomainError } from "./errors.js";

/** A short id, lower case with dashes: "voorkomt-tlv". */
export const Slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Gebruik kleine letters, cijfers en streepjes.");

/** The three kinds of regeling in the source documents. */
export const RegelingSoort = z.enum(["maatwerk-individueel", "maatwerk-groepsaanpak", "innovatie"]);
export type RegelingSoort = z.infer<typeof RegelingSoort>;

/** School sectors: primary, secondary, special, secondary special. */
export const Sector = z.enum(["PO", "VO", "SO", "VSO"]);
export type Sector = z.infer<typeof Sector>;

/** Roles a person can hold in an SWV. */
export const Rol = z.enum([
  "consulent",
  "stadsdeelmanager",
  "coordinator-steunpunt",
  "programmadirecteur",
  "contactpersoon",
  "staf",
  "bestuur-contact",
  "swv-bestuur",
]);
export type Rol = z.infer<typeof Rol>;

const criteriumBasis = {
  id: Slug,
  label: z.string().min(1),
  help: z.string().optional(),
  verplicht: z.boolean().default(true),
};

const Keuzeoptie = z.strictObject({ waarde: Slug, label: z.string().min(1) });

/** One question of a regeling, with its input type and constraints. */
export const Criterium = z.discriminatedUnion("type", [
  z.strictObject({ ...criteriumBasis, type: z.literal("tekst"), maxLengte: z.number().int().positive().default(200) }),
  z.strictObject({
    ...criteriumBasis,
    type: z.literal("langeTekst"),
    minLengte: z.number().int().nonnegative().default(0),
    maxLengte: z.number().int().positive().default(4000),
  }),
  z.strictObject({
    ...criteriumBasis,
    type: z.literal("getal"),
    min: z.number().optional(),
    max: z.number().optional(),
    geheel: z.boolean().default(true),
  }),
  z.strictObject({ ...criteriumBasis, type: z.literal("bedrag"), max: Centen.optional() }),
  z.strictObject({ ...criteriumBasis, type: z.literal("datum") }),
  z.strictObject({
    ...criteriumBasis,
    type: z.literal("keuze"),
    opties: z.array(Keuzeoptie).min(2),
    meerdere: z.boolean().default(false),
  }),
  z.strictObject({ ...criteriumBasis, type: z.literal("jaNee") }),
  z.strictObject({
    ...criteriumBasis,
    type: z.literal("leerlingen"),
    /** De Verbinding's group plan names the pupils; everywhere else a reference and initials suffice. */
    volledigeNaam: z.boolean().default(false),
  }),
  z.strictObject({ ...criteriumBasis, type: z.literal("periode") }),
  z.strictObject({ ...criteriumBasis, type: z.literal("begroting") }),
  z.strictObject({
    ...criteriumBasis,
    type: z.literal("document"),
    /** What the reference points to, for example "OPP" or "plan van aanpak". */
    soort: z.string().min(1),
  }),
]);
export type Criterium = z.infer<typeof Criterium>;
export type CriteriumType = Criterium["type"];

/** A condition on the checklist the consulent must confirm. */
export const Voorwaarde = z.strictObject({ id: Slug, label: z.string().min(1), help: z.string().optional() });
export type Voorwaarde = z.infer<typeof Voorwaarde>;

/** How conditions combine: an id, all of, or at least one of. */
export type VoorwaardenRegel = string | { alleVan: VoorwaardenRegel[] } | { eenVan: VoorwaardenRegel[] };
export const VoorwaardenRegel: z.ZodType<VoorwaardenRegel> = z.lazy(() =>
  z.union([
    Slug,
    z.strictObject({ alleVan: z.array(VoorwaardenRegel).min(1) }),
    z.strictObject({ eenVan: z.array(VoorwaardenRegel).min(2) }),
  ]),
);

/** What a grant over the yearly budget does. */
export const BijOverschrijding = z.enum(["blokkeren", "waarschuwen-en-bestuur-informeren"]);

/** Limits of a regeling. Amounts in cents. */
export const Limieten = z
  .strictObject({
    maxBedrag: Centen.optional(),
    minLeerlingen: z.number().int().nonnegative().optional(),
    maxLeerlingen: z.number().int().positive().optional(),
    maxDuurMaanden: z.number().int().positive().optional(),
    /** A period over 1 August: refused (the default: the regelingen grant per schooljaar), or split by the school weeks in each schooljaar. */
    schooljaargrens: z.enum(["weigeren", "splitsen"]).optional(),
    jaarbudget: z
      .strictObject({
        /** Regelingen with the same pot share one yearly budget (De Verbinding: individueel and groep). */
        pot: Slug,
        /** The pot's name as users read it; the names of its regelingen when left out. */
        naam: z.string().min(1).optional(),
        bedrag: Centen,
        bijOverschrijding: BijOverschrijding,
      })
      .optional(),
  })
  .refine((l) => l.minLeerlingen === undefined || l.maxLeerlingen === undefined || l.minLeerlingen <= l.maxLeerlingen, {
    message: "minLeerlingen is groter dan maxLeerlingen.",
  });
export type Limieten = z.infer<typeof Limieten>;

/** Who decides: by the school's sector (PO by stadsdeel), or a named role. */
export const Beslisser = z.discriminatedUnion("soort", [
  z.strictObject({
    soort: z.literal("per-sector"),
    /** The role that decides per sector; a stadsdeelmanager decides for the school's own stadsdeel. */
    rollen: z.partialRecord(Sector, Rol),
  }),
  z.strictObject({ soort: z.literal("rol"), rol: Rol }),
]);
export type Beslisser = z.infer<typeof Beslisser>;

/** An evaluation question and how it is answered. */
export const EvaluatieVraag = z.strictObject({
  id: Slug,
  label: z.string().min(1),
  type: z.enum(["jaDeelsNee", "jaNee", "langeTekst"]),
  verplicht: z.boolean().default(true),
});
export type EvaluatieVraag = z.infer<typeof EvaluatieVraag>;

/** A regeling: a budget scheme with its own criteria, conditions, limits and decider. */
export const Regeling = z
  .strictObject({
    id: Slug,
    naam: z.string().min(1),
    soort: RegelingSoort,
    omschrijving: z.string().min(1),
    /** The seed document the rules come from. */
    bron: z.string().min(1),
    sectoren: z.array(Sector).min(1),
    criteria: z.array(Criterium).min(1),
    voorwaarden: z.strictObject({ items: z.array(Voorwaarde), regel: VoorwaardenRegel.optional() }),
    limieten: Limieten,
    beslisser: Beslisser,
    voortgang: z.strictObject({
      cadansMaanden: z.number().int().positive().default(3),
      /** Who holds the voortgangsgesprek with the school besides the consulent. */
      met: z.enum(["consulent", "contactpersoon"]).default("consulent"),
      /** The criterion whose answer holds the goals, one per line; progress and effect are asked per goal. */
      doelen: Slug.default("doelen"),
      /** How many days before an appointment the first reminder goes out. */
      dagenVooraf: z.number().int().min(1).max(28).default(7),
    }),
    evaluatie: z.strictObject({
      vragen: z.array(EvaluatieVraag).min(1),
      /** Who evaluate together at the end, as the beschikking names them: "de school", "de ouders", "de consulent". */
      met: z.array(z.string().trim().min(1).max(60)).min(1).optional(),
    }),
    verlenging: z.strictObject({
      maxAantal: z.number().int().nonnegative().default(0),
      /** Questions of the evaluation an extension must carry. */
      evaluatie: z.array(EvaluatieVraag).default([]),
    }),
    /** Follow-up items after a grant, each with its own reminder (innovatie: presentations). */
    vervolgacties: z
      .array(
        z.strictObject({
          id: Slug,
          label: z.string().min(1),
          /** Due this many days after the end of the traject; reminded on that day, and once more `teLaatNaDagen` later. */
          dagenNaEinde: z.number().int().min(0).max(365).default(0),
          teLaatNaDagen: z.number().int().min(1).max(365).default(42),
        }),
      )
      .default([]),
  })
  .superRefine((r, ctx) => {
    const ids = new Set<string>();
    r.criteria.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: "custom", path: ["criteria", i, "id"], message: `Dubbel criterium '${c.id}'.` });
      ids.add(c.id);
    });
    for (const type of ["periode", "begroting", "leerlingen"] as const) {
      const n = r.criteria.filter((c) => c.type === type).length;
      if (n > 1) ctx.addIssue({ code: "custom", path: ["criteria"], message: `Hoogstens één criterium van type '${type}'.` });
      if (n === 0 && type !== "leerlingen")
        ctx.addIssue({ code: "custom", path: ["criteria"], message: `Een regeling vraagt altijd om een ${type}.` });
    }
    const heeftLeerlingen = r.criteria.some((c) => c.type === "leerlingen");
    if (!heeftLeerlingen && (r.limieten.minLeerlingen ?? 0) > 0)
      ctx.addIssue({ code: "custom", path: ["limieten", "minLeerlingen"], message: "Een minimum aantal leerlingen vraagt een criterium van type 'leerlingen'." });
    const items = new Set(r.voorwaarden.items.map((v) => v.id));
    if (items.size !== r.voorwaarden.items.length)
      ctx.addIssue({ code: "custom", path: ["voorwaarden", "items"], message: "Dubbele voorwaarde." });
    const gebruikt = new Set<string>();
    const loop = (regel: VoorwaardenRegel): void => {
      if (typeof regel === "string") {
        gebruikt.add(regel);
        if (!items.has(regel))
          ctx.addIssue({ code: "custom", path: ["voorwaarden", "regel"], message: `Onbekende voorwaarde '${regel}'.` });
      } else ("alleVan" in regel ? regel.alleVan : regel.eenVan).forEach(loop);
    };
    if (r.voorwaarden.regel !== undefined) loop(r.voorwaarden.regel);
    for (const id of items)
      if (r.voorwaarden.regel !== undefined && !gebruikt.has(id))
        ctx.addIssue({ code: "custom", path: ["voorwaarden", "regel"], message: `Voorwaarde '${id}' staat niet in de regel.` });
    const doelen = r.criteria.find((c) => c.id === r.voortgang.doelen);
    if (doelen && doelen.type !== "tekst" && doelen.type !== "langeTekst")
      ctx.addIssue({ code: "custom", path: ["voortgang", "doelen"], message: `Criterium '${doelen.id}' is geen tekst en kan geen doelen bevatten.` });
    if (r.beslisser.soort === "per-sector")
      for (const s of r.sectoren)
        if (!r.beslisser.rollen[s])
          ctx.addIssue({ code: "custom", path: ["beslisser", "rollen"], message: `Geen beslisser voor sector ${s}.` });
  });
export type Regeling = z.infer<typeof Regeling>;

/** A profile: the regelingen one source document gives, shipped as one data file. */
export const Profiel = z.strictObject({
  id: Slug,
  naam: z.string().min(1),
  bron: z.string().min(1),
  regelingen: z.array(Regeling).min(1),
});
export type Profiel = z.infer<typeof Profiel>;

/** The number prefix of a regeling's aanvragen: MW for maatwerk, IN for innovatie. */
export function nummerPrefix(soort: RegelingSoort): "MW" | "IN" {
  return soort === "innovatie" ? "IN" : "MW";
}

/** The criterion of a given composite type, if the regeling has one. */
export function criteriumVanType<T extends "periode" | "begroting" | "leerlingen">(
  regeling: Regeling,
  type: T,
): Extract<Criterium, { type: T }> | undefined {
  return regeling.criteria.find((c): c is Extract<Criterium, { type: T }> => c.type === type);
}

/** The regeling with this id among the configured ones; undefined when there is none. The one lookup of a regeling by id. */
export function zoekRegeling(regelingen: readonly Regeling[], id: string): Regeling | undefined {
  return regelingen.find((r) => r.id === id);
}

/** The regeling with this id; throws REGELING_ONBEKEND when the configuration has none. */
export function regelingMetId(regelingen: readonly Regeling[], id: string): Regeling {
  const r = zoekRegeling(regelingen, id);
  if (!r) throw new DomainError("REGELING_ONBEKEND", { id });
  return r;
}
