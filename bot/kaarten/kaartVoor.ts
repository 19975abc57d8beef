import type { Kaart } from "../../cards/render.js";
import type { Configuratie } from "../../src/config/configuratie.js";
import type { Aanvraag } from "../../src/domain/aanvraag.js";
import { datumVan, formatDatum } from "../../src/domain/datum.js";
import type { Persoon } from "../../src/domain/swv.js";
import type { Uitsluiting } from "../../src/domain/routering.js";
import type { BeslissingService } from "../../src/services/beslissingService.js";
import type { BezorgingService, Uitgaand } from "../../src/services/bezorging.js";
import { beslissingKaart, beslissingKaartEnVervolg, uitslagKaart } from "./beslissing.js";
import { toonMelding } from "./toon.js";
import { teLaatKaart, voortgangKaart } from "./voortgang.js";

/** What assembling a card for a person reads: the configuration, the decision rules, and where people are reached. */
export interface KaartBronnen {
  config: Configuratie;
  beslissingen: Pick<BeslissingService, "regeling" | "positie" | "mag" | "beslissers" | "betrokken">;
  bezorging: Pick<BezorgingService, "verwijzing">;
}

/** The refusal on a decision card for someone who may not see or take the decision. */
export const GEEN_BESLISSER = "Alleen de toegewezen beslisser of diens vervanger kan over deze aanvraag beslissen.";

/** Why someone with a mandate may still not decide this aanvraag: it is their own (001, 004). */
export const EIGEN_AANVRAAG: Record<Uitsluiting, string> = {
  consulent: "Je bent de consulent van deze aanvraag en beslist er daarom niet over, ook niet als vervanger. De aanvraag ligt bij de volgende in de lijn.",
  indiener: "Je hebt deze aanvraag ingediend en beslist er daarom niet over, ook niet als vervanger. De aanvraag ligt bij de volgende in de lijn.",
};

/** The Teams user ids (MRI) of the people who may see the live state of an aanvraag's decision card. */
export async function refreshIds(deps: Pick<KaartBronnen, "beslissingen" | "bezorging">, a: Aanvraag): Promise<string[]> {
  const personen = [a.consulentId, ...(await deps.beslissingen.beslissers(a))];
  const ids = await Promise.all(personen.map(async (p) => ((await deps.bezorging.verwijzing(p))?.user as { id?: string } | undefined)?.id));
  return [...new Set(ids.filter((id): id is string => typeof id === "string"))].slice(0, 60);
}

/**
 * Whether the budget position goes on this person's decision card: it is there to weigh the
 * decision, so the deciders see it and the aanvraag's own consulent does not (their card shows
 * what they asked and where it stands, not what the stadsdeel or the pot has granted others).
 */
function zietBudget(a: Aanvraag, persoonId: string): boolean {
  return persoonId !== a.consulentId;
}

/** The card a person gets about an aanvraag, rendered from its state now. */
export async function kaartVoor(deps: KaartBronnen, a: Aanvraag, persoonId: string, soort: Uitgaand["soort"], afspraak?: Uitgaand["afspraak"]): Promise<Kaart> {
  return (await kaartenVoor(deps, a, persoonId, soort, afspraak))[0]!;
}

/** That card, and after a decision card (or its reminder) the rest of a dossier too large for one message. */
export async function kaartenVoor(deps: KaartBronnen, a: Aanvraag, persoonId: string, soort: Uitgaand["soort"], afspraak?: Uitgaand["afspraak"]): Promise<Kaart[]> {
  const r = deps.beslissingen.regeling(a);
  if (soort === "voortgang" && afspraak) return [voortgangKaart(deps.config, a, r, afspraak)];
  if (soort === "voortgang-te-laat" && afspraak) return [teLaatKaart(deps.config, a, r, afspraak)];
  if (soort === "beslissing" || soort === "termijn-beslisser")
    return beslissingKaartEnVervolg(deps.config, a, r, {
      open: (await deps.beslissingen.mag(persoonId, a)).mag,
      ...(zietBudget(a, persoonId) ? { positie: await deps.beslissingen.positie(a) } : {}),
      userIds: await refreshIds(deps, a),
      ...(soort === "termijn-beslisser" && a.status.fase === "ingediend"
        ? { melding: `Herinnering: deze aanvraag wacht sinds ${formatDatum(datumVan(new Date(a.status.ingediendOp)))} op je besluit; de norm is ${deps.config.swv.beslistermijnSchooldagen} schooldagen.`, meldingKleur: "Warning" as const }
        : {}),
    });
  if (soort === "voortgang" || soort === "voortgang-te-laat") return [uitslagKaart(deps.config, a, r, "termijn-staf")];
  // Of the other messages only the overrun notice shows the budget position.
  return [uitslagKaart(deps.config, a, r, soort, soort === "budget-overschrijding" ? await deps.beslissingen.positie(a) : undefined)];
}

/** The decision card as this person may see it now; a refusal for someone not involved. */
export async function kaartVoorKijker(deps: KaartBronnen, actor: Persoon, a: Aanvraag, extra: Omit<Parameters<typeof beslissingKaart>[3], "open"> = {}): Promise<Kaart> {
  if (!(await deps.beslissingen.betrokken(actor.id, a))) return toonMelding(`Aanvraag ${a.nummer}`, GEEN_BESLISSER);
  const r = deps.beslissingen.regeling(a);
  const recht = await deps.beslissingen.mag(actor.id, a);
  const waarom = recht.uitsluiting && extra.melding === undefined ? { melding: EIGEN_AANVRAAG[recht.uitsluiting], meldingKleur: "Warning" as const } : {};
  const budget = zietBudget(a, actor.id) ? { positie: await deps.beslissingen.positie(a) } : {};
  return beslissingKaart(deps.config, a, r, { open: recht.mag, ...budget, userIds: await refreshIds(deps, a), ...waarom, ...extra });
}
