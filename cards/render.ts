import { readFileSync } from "node:fs";
import * as ACData from "adaptivecards-templating";
import type { Attachment } from "botbuilder";
import { CardFactory } from "botbuilder";
import type { BudgetData, DossierData, LinkData, RapportageData, VoortgangData, BeslissingData, BevestigData, ConceptenData, UitslagData, KeuzeData, MeldingData, StapData, WelkomData } from "./cardData.js";

type Template = Record<string, unknown>;

/** A rendered Adaptive Card, ready to send or to return from a card action. */
export interface Kaart {
  type: "AdaptiveCard";
  [veld: string]: unknown;
}

/** Reads a template and prepares it once: the library parses every `${...}` expression at construction, and expanding is synchronous, so one instance serves every render. */
function laad(naam: string): ACData.Template {
  return new ACData.Template(JSON.parse(readFileSync(new URL(`./${naam}.json`, import.meta.url), "utf8")) as Template);
}

const templates = {
  welkom: laad("welkom"),
  stap: laad("stap"),
  melding: laad("melding"),
  keuze: laad("keuze"),
  concepten: laad("concepten"),
  bevestig: laad("bevestig"),
  beslissing: laad("beslissing"),
  dossier: laad("dossier"),
  uitslag: laad("uitslag"),
  voortgang: laad("voortgang"),
  rapportage: laad("rapportage"),
  link: laad("link"),
  budget: laad("budget"),
} as const;

/** The data model of each card template. */
export interface CardData {
  welkom: WelkomData;
  stap: StapData;
  melding: MeldingData;
  keuze: KeuzeData;
  concepten: ConceptenData;
  bevestig: BevestigData;
  beslissing: BeslissingData;
  dossier: DossierData;
  uitslag: UitslagData;
  voortgang: VoortgangData;
  rapportage: RapportageData;
  link: LinkData;
  budget: BudgetData;
}

/** Values for the optional fields of a model: a template must never see a field that is absent (it would show `${...}`). */
const standaard: { [K in keyof CardData]?: Partial<CardData[K]> } = { melding: { knoppen: [] }, uitslag: { kaart: "uitslag" } };

/** Expand a card template with its typed data into an Adaptive Card. */
export function renderCard<K extends keyof CardData>(naam: K, data: CardData[K]): Kaart {
  return templates[naam].expand({ $root: { ...standaard[naam], ...data } }) as Kaart;
}

/** Expand a card template into a message attachment. */
export function cardAttachment<K extends keyof CardData>(naam: K, data: CardData[K]): Attachment {
  return CardFactory.adaptiveCard(renderCard(naam, data));
}
