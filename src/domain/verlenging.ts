import type { Aanvraag } from "./aanvraag.js";
import { DomainError } from "./errors.js";
import type { Criterium, Regeling } from "./regeling.js";
import { VOORTGANG_MAX } from "./voortgangLimieten.js";

const TOEGEKEND = new Set(["toegekend", "lopend", "afgesloten"]);
const MEETELLEND = new Set(["concept", "ingediend", "teruggestuurd", "toegekend", "lopend", "afgesloten"]);

/**
 * The regeling as an extension asks it: its own criteria preceded by the evaluation of
 * the first year (000: were the goals met, what did it yield, what to sharpen in year two).
 */
export function verlengingsregeling(r: Regeling): Regeling {
  const evaluatie: Criterium[] = r.verlenging.evaluatie.map((v) =>
    v.type === "langeTekst"
      ? { id: `evaluatie-${v.id}`, type: "langeTekst", label: v.label, verplicht: v.verplicht, minLengte: 0, maxLengte: VOORTGANG_MAX.evaluatieAntwoord }
      : {
          id: `evaluatie-${v.id}`,
          type: "keuze",
          label: v.label,
          verplicht: v.verplicht,
          meerdere: false,
          opties:
            v.type === "jaDeelsNee"
              ? [{ waarde: "ja", label: "Ja" }, { waarde: "deels", label: "Deels" }, { waarde: "nee", label: "Nee" }]
              : [{ waarde: "ja", label: "Ja" }, { waarde: "nee", label: "Nee" }],
        },
  );
  return { ...r, criteria: [...evaluatie, ...r.criteria] };
}

/** The regeling an aanvraag is filled in and checked against: with the evaluation when it extends another. */
export function regelingVoor(a: Pick<Aanvraag, "verlengingVan">, r: Regeling): Regeling {
  return a.verlengingVan === undefined ? r : verlengingsregeling(r);
}

/**
 * Whether `origineel` may be extended (000: innovatie one year, extendable at most once
 * by a new aanvraag with an evaluation). `alle` holds the SWV's aanvragen, to count the
 * extensions already made of the same traject. Throws VERLENGING_NIET_TOEGESTAAN with the reason.
 */
export function toetsVerlenging(origineel: Aanvraag, r: Regeling, alle: readonly Aanvraag[]): void {
  const weiger = (reden: string) => {
    throw new DomainError("VERLENGING_NIET_TOEGESTAAN", { reden });
  };
  if (r.verlenging.maxAantal === 0) weiger(`de regeling ${r.naam} kent geen verlenging.`);
  if (!TOEGEKEND.has(origineel.status.fase)) weiger(`alleen een toegekend traject kan worden verlengd; ${origineel.nummer} is ${origineel.status.fase}.`);
  const perId = new Map(alle.map((a) => [a.id, a]));
  let wortel = origineel;
  while (wortel.verlengingVan !== undefined && perId.has(wortel.verlengingVan)) wortel = perId.get(wortel.verlengingVan)!;
  const inKetting = (a: Aanvraag): boolean => {
    for (let x: Aanvraag | undefined = a; x?.verlengingVan !== undefined; x = perId.get(x.verlengingVan)) if (x.verlengingVan === wortel.id) return true;
    return false;
  };
  const verlengingen = alle.filter((a) => a.id !== wortel.id && inKetting(a) && MEETELLEND.has(a.status.fase));
  if (verlengingen.length >= r.verlenging.maxAantal)
    weiger(`${wortel.nummer} is al ${r.verlenging.maxAantal === 1 ? "eens" : `${verlengingen.length} keer`} verlengd (${verlengingen.map((a) => a.nummer).join(", ")}); dat kan hoogstens ${r.verlenging.maxAantal} keer.`);
}
