import { CardFactory, type Attachment } from "botbuilder";
import { renderCard, type Kaart } from "../../cards/render.js";
import type { Rol } from "../../src/domain/regeling.js";
import { rolNaam } from "../../src/domain/routering.js";
import type { Persoon } from "../../src/domain/swv.js";

const taken: Record<Rol, string> = {
  consulent: "Een aanvraag voor maatwerk- of innovatiebudget invullen, als concept bewaren en indienen; herinneringen voor voortgangsgesprekken en de evaluatie.",
  stadsdeelmanager: "Aanvragen van de basisscholen in je stadsdeel beoordelen: toekennen, afwijzen of terugsturen met een vraag.",
  "coordinator-steunpunt": "Aanvragen van de scholen voor voortgezet onderwijs beoordelen: toekennen, afwijzen of terugsturen met een vraag.",
  programmadirecteur: "Aanvragen van de regelingen die jij toekent beoordelen: toekennen, afwijzen of terugsturen met een vraag.",
  contactpersoon: "Herinneringen voor de voortgangsgesprekken met je scholen, en het vastleggen ervan.",
  staf: "Overzichten van alle aanvragen en budgetten van het samenwerkingsverband, en de monitoringsrapportage.",
  "bestuur-contact": "Totaaloverzichten van aanvragen en budget van je bestuur.",
  "swv-bestuur": "Bericht wanneer een jaarbudget van het samenwerkingsverband wordt overschreden, met de onderbouwing van de beslisser; het overzicht van de budgetten.",
};

/** The polite answer to someone who is not in the SWV configuration. */
export const ONBEKENDE_GEBRUIKER =
  "Je staat niet in de configuratie van een samenwerkingsverband dat deze bot gebruikt, dus ik kan niets voor je doen. Denk je dat dit niet klopt? Neem dan contact op met het bureau van je samenwerkingsverband.";

/** The distinct roles of a person. */
export function rollen(persoon: Persoon): Rol[] {
  return [...new Set(persoon.rollen.map((r) => r.rol))];
}

/** The welcome card as a message attachment. */
export function welkomKaart(persoon: Persoon, swvNaam: string): Attachment {
  return CardFactory.adaptiveCard(welkomInhoud(persoon, swvNaam));
}

/** The welcome card: what the bot does for this person's roles, with buttons for the main actions. */
export function welkomInhoud(persoon: Persoon, swvNaam: string): Kaart {
  const eigen = rollen(persoon);
  const knoppen = eigen.includes("consulent")
    ? [
        { titel: "Nieuwe aanvraag", tekst: "nieuwe aanvraag" },
        { titel: "Mijn concepten", tekst: "mijn concepten" },
        { titel: "Help", tekst: "help" },
      ]
    : [{ titel: "Help", tekst: "help" }];
  return renderCard("welkom", {
    naam: persoon.naam,
    swvNaam,
    rollen: new Intl.ListFormat("nl", { type: "conjunction" }).format(eigen.map((r) => rolNaam[r])),
    taken: eigen.map((r) => taken[r]),
    knoppen,
  });
}
