import { renderCard, type Kaart } from "../../cards/render.js";
import type { Aanvraag } from "../../src/domain/aanvraag.js";
import type { Probleem } from "../../src/domain/meldingen.js";
import type { RuweInvoer } from "../../src/services/formulier/invoer.js";
import type { AanvraagService } from "../../src/services/aanvraagService.js";
import { stapKaart } from "./stap.js";

/** What a step card reads of the form: the regeling and steps of a draft, its school, its open problems (pure, from the configuration). */
export type Formulier = Pick<AanvraagService, "regelingVan" | "stappen" | "school" | "problemen">;

/** Render the card of a draft at a step (its own step by default); the summary shows every open problem. */
export function toonStap(
  formulier: Formulier,
  aanvraag: Aanvraag,
  opties: { index?: number; ruw?: RuweInvoer; problemen?: Probleem[]; melding?: string; waarschuwing?: boolean; extraRij?: boolean; terugNaarControle?: boolean } = {},
): Kaart {
  const regeling = formulier.regelingVan(aanvraag);
  const stappen = formulier.stappen(aanvraag);
  const index = Math.min(opties.index ?? aanvraag.stap, stappen.length - 1);
  const samenvatting = stappen[index]?.soort === "samenvatting";
  return renderCard(
    "stap",
    stapKaart({
      aanvraag,
      regeling,
      schoolNaam: formulier.school(aanvraag.schoolBrin).naam,
      stappen,
      index,
      ruw: opties.ruw,
      problemen: opties.problemen ?? (samenvatting ? formulier.problemen(aanvraag) : []),
      melding: opties.melding,
      meldingKleur: opties.waarschuwing ? "Attention" : undefined,
      extraRij: opties.extraRij,
      terugNaarControle: opties.terugNaarControle,
    }),
  );
}

/** A short message card, in place of the card the user acted on. */
export function toonMelding(titel: string, ...regels: string[]): Kaart {
  return renderCard("melding", { titel, regels });
}
