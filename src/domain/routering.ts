import { DomainError } from "./errors.js";
import type { Regeling, Rol } from "./regeling.js";
import { actieveVervanger, type School, type SwvConfig, type Vervanging } from "./swv.js";

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

/**
 * Who decides: a PO school goes to the stadsdeelmanager of its stadsdeel, a VO school
 * to the coördinator steunpunt (002), or the role the regeling names (003: the
 * programmadirecteur). Throws GEEN_BESLISSER when the SWV has nobody in that role.
 */
export function bepaalBeslisser(regeling: Regeling, school: School, swv: SwvConfig): Toewijzing {
  const rol = regeling.beslisser.soort === "rol" ? regeling.beslisser.rol : regeling.beslisser.rollen[school.sector];
  if (rol === undefined) throw new DomainError("GEEN_BESLISSER", { wat: `sector ${school.sector}` });
  const kandidaat = swv.personen.find((p) =>
    p.rollen.some((r) => r.rol === rol && (r.rol !== "stadsdeelmanager" || r.stadsdeel === school.stadsdeel)),
  );
  if (!kandidaat) {
    const wat = rol === "stadsdeelmanager" ? `stadsdeel ${school.stadsdeel ?? "(geen)"}` : `de rol ${rolNaam[rol]}`;
    throw new DomainError("GEEN_BESLISSER", { wat });
  }
  return { beslisserId: kandidaat.id, rol };
}

/**
 * Whether `persoonId` may decide for `beslisserId` on `datum`: the decider themself,
 * or their deputy during the period of the vervanging. Returns on whose behalf.
 */
export function magBeslissen(
  persoonId: string,
  beslisserId: string,
  vervangingen: readonly Vervanging[],
  datum: string,
): { mag: true; namens?: string } | { mag: false } {
  if (persoonId === beslisserId) return { mag: true };
  if (actieveVervanger(vervangingen, beslisserId, datum) === persoonId) return { mag: true, namens: beslisserId };
  return { mag: false };
}

export { rolNaam };
