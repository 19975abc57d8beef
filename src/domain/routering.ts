import type { Aanvraag } from "./aanvraag.js";
import { DomainError } from "./errors.js";
import type { Regeling, Rol } from "./regeling.js";
import { actieveVervanger, rollenVan, type School, type SwvConfig, type Vervanging } from "./swv.js";

/** The person who decides an aanvraag, and the role in which they do. */
export interface Toewijzing {
  beslisserId: string;
  rol: Rol;
}

const rolNaam: Record<Rol, string> = {
  consulent: "consulent",
  stadsdeelmanager: "stadsdeelmanager",
  "coordinator-steunpunt": "coördinator steunpunt",
  programmadirecteur: "programmadirecteur",
  contactpersoon: "contactpersoon",
  staf: "staf",
  "bestuur-contact": "contactpersoon bestuur",
  "swv-bestuur": "bestuur samenwerkingsverband",
};

/** The roles that decide aanvragen. */
export const BESLISROLLEN: ReadonlySet<Rol> = new Set<Rol>(["stadsdeelmanager", "coordinator-steunpunt", "programmadirecteur"]);

/** Why a person may not decide an aanvraag (001 mandate, 004 accountability): they are its consulent or submitted it. */
export type Uitsluiting = "consulent" | "indiener";

/** What of an aanvraag decides who is excluded from deciding it. */
export type Betrokkenheid = Pick<Aanvraag, "consulentId" | "geschiedenis">;

/** Whether, and why, a person is excluded from deciding this aanvraag: never their own, also not as vervanger. */
export function uitsluiting(a: Betrokkenheid, persoonId: string): Uitsluiting | undefined {
  if (a.consulentId === persoonId) return "consulent";
  if (a.geschiedenis.some((g) => (g.soort === "ingediend" || g.soort === "aangemaakt") && (g.door === persoonId || g.namens === persoonId))) return "indiener";
  return undefined;
}

/** The staff of the SWV who are not excluded: next in line when the decider is the one excluded. */
function stafVoor(swv: SwvConfig, a: Betrokkenheid | undefined): string[] {
  return swv.personen.filter((p) => p.rollen.some((r) => r.rol === "staf") && (!a || uitsluiting(a, p.id) === undefined)).map((p) => p.id);
}

/**
 * Who decides: a PO school goes to the stadsdeelmanager of its stadsdeel, a VO school
 * to the coördinator steunpunt (002), or the role the regeling names (003: the
 * programmadirecteur). With the aanvraag given, its consulent or submitter is skipped and,
 * when nobody else holds the role, the SWV's staff decide. Throws GEEN_BESLISSER when
 * nobody may.
 */
export function bepaalBeslisser(regeling: Regeling, school: School, swv: SwvConfig, a?: Betrokkenheid): Toewijzing {
  const rol = regeling.beslisser.soort === "rol" ? regeling.beslisser.rol : regeling.beslisser.rollen[school.sector];
  if (rol === undefined) throw new DomainError("GEEN_BESLISSER", { wat: `sector ${school.sector}` });
  const kandidaten = swv.personen.filter((p) =>
    p.rollen.some((r) => r.rol === rol && (r.rol !== "stadsdeelmanager" || r.stadsdeel === school.stadsdeel)),
  );
  const wat = rol === "stadsdeelmanager" ? `stadsdeel ${school.stadsdeel ?? "(geen)"}` : `de rol ${rolNaam[rol]}`;
  if (kandidaten.length === 0) throw new DomainError("GEEN_BESLISSER", { wat });
  const kandidaat = kandidaten.find((p) => !a || uitsluiting(a, p.id) === undefined);
  if (kandidaat) return { beslisserId: kandidaat.id, rol };
  const staf = stafVoor(swv, a)[0];
  if (!staf) throw new DomainError("GEEN_BESLISSER", { wat });
  return { beslisserId: staf, rol: "staf" };
}

/**
 * Whether `door` may stand in for `voor`: `door` holds the same deciding role (a
 * stadsdeelmanager for a stadsdeelmanager, and so on), or the configuration names the
 * pair explicitly. Only someone with a deciding role has a mandate to hand over.
 */
export function vervangerToegestaan(swv: SwvConfig, voor: string, door: string): boolean {
  if (voor === door) return false;
  const rollenVoor = rollenVan(swv, voor).filter((r) => BESLISROLLEN.has(r.rol));
  if (rollenVoor.length === 0) return false;
  if (swv.toegestaneVervangers.some((t) => t.voor === voor && t.door === door)) return true;
  const rollenDoor = new Set(rollenVan(swv, door).map((r) => r.rol));
  return rollenVoor.some((r) => rollenDoor.has(r.rol));
}

/** One person who may decide an aanvraag now, and on whose behalf. */
export interface Beslismandaat {
  id: string;
  namens?: string;
}

/**
 * Everyone who may decide an aanvraag assigned to `beslisserId` on `datum`: the decider
 * and their deputy, neither being its consulent or submitter; when the decider is the one
 * excluded, the SWV's staff. The mandate is not passed on: a deputy's deputy has none.
 */
export function beslissersOp(a: Betrokkenheid, beslisserId: string, swv: SwvConfig, vervangingen: readonly Vervanging[], datum: string): Beslismandaat[] {
  if (uitsluiting(a, beslisserId) !== undefined) return stafVoor(swv, a).map((id) => ({ id }));
  const vervanger = actieveVervanger(vervangingen, beslisserId, datum);
  return vervanger && vervanger !== beslisserId && uitsluiting(a, vervanger) === undefined ? [{ id: beslisserId }, { id: vervanger, namens: beslisserId }] : [{ id: beslisserId }];
}

/** Whether `persoonId` may decide the aanvraag on `datum`, on whose behalf, or why not when they are excluded. */
export function magBeslissen(
  persoonId: string,
  a: Betrokkenheid,
  beslisserId: string,
  swv: SwvConfig,
  vervangingen: readonly Vervanging[],
  datum: string,
): { mag: true; namens?: string } | { mag: false; uitsluiting?: Uitsluiting } {
  const eigen = uitsluiting(a, persoonId);
  const zouMogen = persoonId === beslisserId || actieveVervanger(vervangingen, beslisserId, datum) === persoonId;
  if (eigen !== undefined) return zouMogen ? { mag: false, uitsluiting: eigen } : { mag: false };
  const m = beslissersOp(a, beslisserId, swv, vervangingen, datum).find((x) => x.id === persoonId);
  if (!m) return { mag: false };
  return m.namens ? { mag: true, namens: m.namens } : { mag: true };
}

export { rolNaam };
