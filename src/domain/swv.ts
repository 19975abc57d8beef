import { z } from "zod/v4";
import { IsoDatum, TIJDZONE, Vakantie, vergelijkDatum } from "./datum.js";
import { PersoonId } from "./aanvraag.js";
import { Sector, Slug, type Rol } from "./regeling.js";

/** A BRIN: the ministry's four-character school code, two digits and two letters. */
export const Brin = z.string().regex(/^\d{2}[A-Z]{2}$/, "Een BRIN bestaat uit twee cijfers en twee hoofdletters, bijvoorbeeld 12AB.");

/** A school of the SWV. PO schools belong to a stadsdeel. */
export const School = z
  .strictObject({
    brin: Brin,
    naam: z.string().min(1),
    sector: Sector,
    stadsdeel: Slug.optional(),
    bestuur: Slug,
  })
  .refine((s) => s.sector !== "PO" || s.stadsdeel !== undefined, {
    message: "Een PO-school hoort bij een stadsdeel.",
    path: ["stadsdeel"],
  });
export type School = z.infer<typeof School>;

/** What a person does in the SWV; some roles carry a scope. */
export const RolToewijzing = z.discriminatedUnion("rol", [
  z.strictObject({ rol: z.literal("consulent"), scholen: z.array(Brin).min(1) }),
  z.strictObject({ rol: z.literal("stadsdeelmanager"), stadsdeel: Slug }),
  z.strictObject({ rol: z.literal("coordinator-steunpunt") }),
  z.strictObject({ rol: z.literal("programmadirecteur") }),
  z.strictObject({ rol: z.literal("contactpersoon"), scholen: z.array(Brin).min(1) }),
  z.strictObject({ rol: z.literal("staf") }),
  z.strictObject({ rol: z.literal("bestuur-contact"), bestuur: Slug }),
  /** The bestuur of the samenwerkingsverband itself (not a school board): told when a yearly budget is overrun (003). */
  z.strictObject({ rol: z.literal("swv-bestuur") }),
]);
export type RolToewijzing = z.infer<typeof RolToewijzing>;

/** A person's e-mail address (work address or user principal name) as the configuration compares it: lower case. */
export function adresSleutel(adres: string): string {
  return adres.trim().toLowerCase();
}

/** Whether a person key is an e-mail address (a person configured without an Entra object id). */
export function isAdresSleutel(id: string): boolean {
  return id.includes("@");
}

/** A reference to a person in the configuration: their Entra object id, or their e-mail address when they have none. */
const PersoonVerwijzing = PersoonId.transform((v) => (isAdresSleutel(v) ? adresSleutel(v) : v));

/**
 * A person, known by their Microsoft Entra object id, their e-mail address, or both. Parsed,
 * `id` is the person's key everywhere in the bot: the object id when configured, otherwise the
 * address in lower case (the bot learns the object id at first contact, see services/identiteit).
 */
export const Persoon = z
  .strictObject({
    id: PersoonId.refine((v) => !isAdresSleutel(v), "Een object-id bevat geen @; zet een e-mailadres bij 'email'.").optional(),
    naam: z.string().min(1),
    email: z.email().optional(),
    rollen: z.array(RolToewijzing).min(1),
  })
  .refine((p) => p.id !== undefined || p.email !== undefined, { message: "Geef een e-mailadres ('email') of een Entra object-id ('id').", path: ["email"] })
  .transform(({ id, ...p }) => ({ id: id ?? adresSleutel(p.email ?? ""), ...p }));
export type Persoon = z.infer<typeof Persoon>;

/** A deputy who decides for someone else during a period (both dates inclusive). */
export const Vervanging = z.strictObject({ voor: PersoonVerwijzing, door: PersoonVerwijzing, van: IsoDatum, tot: IsoDatum });
export type Vervanging = z.infer<typeof Vervanging>;

/** What the beschikking letter needs of the SWV: its postal address, the signature line and an optional logo. */
export const Briefhoofd = z.strictObject({
  /** The address lines under the SWV's name: street or Postbus, then postcode and place. */
  adres: z.array(z.string().trim().min(1).max(80)).min(1).max(4),
  /** The person in whose name the SWV decides, and their role ("directeur-bestuurder"). */
  ondertekening: z.strictObject({ naam: z.string().trim().min(1).max(100), functie: z.string().trim().min(1).max(100) }),
  /** A PNG file beside the SWV configuration, relative to its folder. */
  logo: z
    .string()
    .regex(/^[^/\\].*\.png$/i, "Het logo is een PNG-bestand (.png) in de map van de configuratie, met een relatief pad.")
    .refine((p) => !p.split(/[/\\]/).includes(".."), "Het logo staat in de map van de configuratie; '..' kan niet.")
    .optional(),
});
export type Briefhoofd = z.infer<typeof Briefhoofd>;

/** The configuration of one samenwerkingsverband. */
export const SwvConfig = z.strictObject({
  id: Slug,
  naam: z.string().min(1),
  /** Address, signature line and logo of the beschikking letter; without it the letter carries the name only. */
  briefhoofd: Briefhoofd.optional(),
  tijdzone: z.literal(TIJDZONE).default(TIJDZONE),
  /** Shipped profiles whose regelingen this SWV uses, by profile id. */
  profielen: z.array(Slug).min(1),
  /** Which regelingen of those profiles apply; all of them when left out. */
  regelingen: z.array(Slug).optional(),
  /** The decision lead-time norm, in school days (Monday to Friday). */
  beslistermijnSchooldagen: z.number().int().positive().default(5),
  /** Years after an aanvraag ends (closed, refused, withdrawn) before its pupil data is removed. */
  bewaartermijnJaren: z.number().int().min(1).max(20).default(2),
  besturen: z.array(z.strictObject({ id: Slug, naam: z.string().min(1) })).min(1),
  scholen: z.array(School).min(1),
  personen: z.array(Persoon).min(1),
  vervangingen: z.array(Vervanging).default([]),
  /** The school holidays of the SWV's region: no reminders then, and they are no school days for the lead-time norm. */
  schoolvakanties: z.array(Vakantie).default([]),
});
export type SwvConfig = z.infer<typeof SwvConfig>;

/** The roles of a person, empty for someone the SWV does not know. */
export function rollenVan(swv: SwvConfig, persoonId: string): RolToewijzing[] {
  return swv.personen.find((p) => p.id === persoonId)?.rollen ?? [];
}

/** Whether a person holds a role. */
export function heeftRol(swv: SwvConfig, persoonId: string, rol: Rol): boolean {
  return rollenVan(swv, persoonId).some((r) => r.rol === rol);
}

/** The schools a consulent works for. */
export function scholenVanConsulent(swv: SwvConfig, persoonId: string): School[] {
  const brins = new Set(rollenVan(swv, persoonId).flatMap((r) => (r.rol === "consulent" ? r.scholen : [])));
  return swv.scholen.filter((s) => brins.has(s.brin));
}

/** The deputy standing in for `persoonId` on `datum`, if any. */
export function actieveVervanger(vervangingen: readonly Vervanging[], persoonId: string, datum: string): string | undefined {
  return vervangingen.find(
    (v) => v.voor === persoonId && vergelijkDatum(v.van, datum) <= 0 && vergelijkDatum(datum, v.tot) <= 0,
  )?.door;
}
