import type { Kaart } from "../cards/render.js";
import { leesNummer } from "../src/domain/nummer.js";
import type { Persoon } from "../src/domain/swv.js";
import { leesVervanger, normaliseer, type Vervangerverzoek } from "../src/services/chattekst.js";
import { bevat } from "../src/services/tikfout.js";
import { geschiedenisKaart } from "./commands/geschiedenis.js";
import { mijnConcepten } from "./commands/mijnConcepten.js";
import { geenVervangerKaart, vervangerKaart } from "./commands/vervanger.js";
import type { BotDeps } from "./deps.js";
import { helpKaart } from "./kaarten/help.js";
import { keuzeKaart } from "./kaarten/keuze.js";
import { toonStap } from "./kaarten/toon.js";
import { welkomInhoud } from "./kaarten/welkom.js";

/** A chat command the bot recognised, with what it read from the text. */
export type Commando =
  | { soort: "groet" }
  | { soort: "help" }
  | { soort: "nieuwe-aanvraag" }
  | { soort: "mijn-concepten" }
  | { soort: "geen-vervanger" }
  | { soort: "geschiedenis"; nummer?: string }
  | { soort: "verleng"; nummer?: string }
  | ({ soort: "vervanger" } & Vervangerverzoek);

/** What a command answers: a card, or a line of text. */
export type Antwoord = Kaart | string;

/** What a user typed, read once for every row: as typed (for numbers and names), normalised, and its words. */
interface Zin {
  getypt: string;
  normaal: string;
  woorden: readonly string[];
}

/** One chat command: how it is recognised and typed, who may use it, and its handler. */
interface Commandoregel<S extends Commando["soort"]> {
  soort: S;
  /** The command when the text is it; rows are tried in table order, the first that answers wins. */
  herken: (zin: Zin) => Extract<Commando, { soort: S }> | undefined;
  /** How users type it; recognised by `herken` as this command (a test checks every row). */
  voorbeeld: string;
  alleenConsulent: boolean;
  handler: (deps: BotDeps, persoon: Persoon, commando: Extract<Commando, { soort: S }>) => Promise<Antwoord> | Antwoord;
}

/** Any row of the table. */
type Regel = { [S in Commando["soort"]]: Commandoregel<S> }[Commando["soort"]];

/** The refusal of a consulent's command to anyone else. */
export const NIET_VOOR_JOU = "Dat kan alleen een consulent. Typ 'help' voor wat jij hier kunt doen.";

/** A greeting and nothing more: "hoi", "Hallo!", "goedemorgen allemaal". */
const GROET = /^(hoi|hallo|hai|hey|hee|hi|hello|dag|goeiedag|goedendag|goedemorgen|goedemiddag|goedenavond|morgen|middag|avond)( (allemaal|daar|bot|maatwerkbot))?$/;

/**
 * The command table, beside the route table of app.ts: per command its recognition, an example,
 * who may use it and its handler. The order is deliberate: a bare greeting first; history before
 * the rest (its text may hold another command's words); "geen vervanger" before "vervanger"; help last.
 */
export const COMMANDOS: readonly Regel[] = [
  {
    soort: "groet",
    herken: (z) => (GROET.test(z.normaal) ? { soort: "groet" } : undefined),
    voorbeeld: "hallo",
    alleenConsulent: false,
    handler: (deps, p) => welkomInhoud(p, deps.config.swv.naam),
  },
  {
    soort: "geschiedenis",
    herken: (z) => (/geschiedenis|historie|verloop/.test(z.normaal) || bevat(z.woorden, "geschiedenis", "historie") ? { soort: "geschiedenis", nummer: leesNummer(z.getypt) } : undefined),
    voorbeeld: "geschiedenis MW-2026-0001",
    alleenConsulent: false,
    handler: (deps, p, c) => geschiedenisKaart(deps, p, c.nummer),
  },
  {
    soort: "geen-vervanger",
    herken: (z) => (/^geen (vervanger|vervanging)/.test(z.normaal) ? { soort: "geen-vervanger" } : undefined),
    voorbeeld: "geen vervanger",
    alleenConsulent: false,
    handler: (deps, p) => geenVervangerKaart(deps, p),
  },
  {
    soort: "verleng",
    herken: (z) => (/^verleng/.test(z.normaal) ? { soort: "verleng", nummer: leesNummer(z.getypt) } : undefined),
    voorbeeld: "verleng IN-2026-0001",
    alleenConsulent: true,
    handler: async (deps, p, c) =>
      c.nummer
        ? toonStap(deps.aanvragen, await deps.aanvragen.verleng(p.id, c.nummer), { melding: `Verlenging van ${c.nummer}: de antwoorden zijn overgenomen; vul de evaluatie van het eerste jaar en de nieuwe planning in.` })
        : "Noem het nummer van het traject, bijvoorbeeld: verleng IN-2026-0001.",
  },
  {
    soort: "vervanger",
    herken: (z) => (/^(vervanger|vervanging)\b/.test(z.normaal) ? { soort: "vervanger", ...leesVervanger(z.getypt) } : undefined),
    voorbeeld: "vervanger Fatima El Amrani van 23-11-2026 tot 4-12-2026",
    alleenConsulent: false,
    handler: (deps, p, c) => vervangerKaart(deps, p, c),
  },
  {
    soort: "nieuwe-aanvraag",
    herken: (z) => (/\b(nieuw|nieuwe|start|begin)\b/.test(z.normaal) && /aanvra/.test(z.normaal) ? { soort: "nieuwe-aanvraag" } : undefined),
    voorbeeld: "nieuwe aanvraag",
    alleenConsulent: true,
    handler: (deps, p) => keuzeKaart(deps.aanvragen.keuzes(p.id)),
  },
  {
    soort: "mijn-concepten",
    herken: (z) => (/concept/.test(z.normaal) ? { soort: "mijn-concepten" } : undefined),
    voorbeeld: "mijn concepten",
    alleenConsulent: true,
    handler: (deps, p) => mijnConcepten(deps, p.id),
  },
  {
    soort: "help",
    herken: (z) => (bevat(z.woorden, "help", "hulp", "menu") || z.normaal === "" ? { soort: "help" } : undefined),
    voorbeeld: "help",
    alleenConsulent: false,
    handler: (_deps, p) => helpKaart(p),
  },
];

/** Recognise a chat command in what a user typed, walking the table in order; undefined when it is none of them. */
export function herkenCommando(tekst: string): Commando | undefined {
  const normaal = normaliseer(tekst);
  const zin: Zin = { getypt: tekst, normaal, woorden: normaal.split(" ") };
  for (const regel of COMMANDOS) {
    const commando = regel.herken(zin);
    if (commando) return commando;
  }
  return undefined;
}

/** The answer to a recognised chat command, for this person. */
export async function voerUit(deps: BotDeps, persoon: Persoon, commando: Commando): Promise<Antwoord> {
  const regel = COMMANDOS.find((r) => r.soort === commando.soort)!;
  if (regel.alleenConsulent && !persoon.rollen.some((r) => r.rol === "consulent")) {
    await deps.weigeringen.leg({ actor: persoon.id, actie: commando.soort, reden: "alleen voor een consulent" });
    return NIET_VOOR_JOU;
  }
  return regel.handler(deps, persoon, commando as never);
}
