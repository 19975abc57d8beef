import { renderCard, type Kaart } from "../../cards/render.js";
import type { Aanvraag } from "../../src/domain/aanvraag.js";
import type { Probleem } from "../../src/domain/meldingen.js";
import type { RuweInvoer } from "../../src/services/formulier/invoer.js";
import type { BotDeps } from "../deps.js";
import { stapKaart } from "./stapKaart.js";

/** Render the card of a draft at a step (its own step by default); the summary shows every open problem. */
export function toonStap(
  deps: BotDeps,
  aanvraag: Aanvraag,
  opties: { index?: number; ruw?: RuweInvoer; problemen?: Probleem[]; melding?: string; waarschuwing?: boolean; extraRij?: boolean; terugNaarControle?: boolean } = {},
): Kaart {
  const regeling = deps.aanvragen.regelingVan(aanvraag);
  const stappen = deps.aanvragen.stappen(aanvraag);
  const index = Math.min(opties.index ?? aanvraag.stap, stappen.length - 1);
  const samenvatting = stappen[index]?.soort === "samenvatting";
  return renderCard(
    "stap",
    stapKaart({
      aanvraag,
      regeling,
      schoolNaam: deps.aanvragen.school(aanvraag.schoolBrin).naam,
      stappen,
      index,
      ruw: opties.ruw,
      problemen: opties.problemen ?? (samenvatting ? deps.aanvragen.problemen(aanvraag) : []),
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
