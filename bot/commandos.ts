import type { Kaart } from "../cards/render.js";
import type { Persoon } from "../src/domain/swv.js";
import type { Commando } from "../src/services/commando.js";
import { geschiedenisKaart } from "./commands/geschiedenis.js";
import { mijnConcepten } from "./commands/mijnConcepten.js";
import { geenVervangerKaart, vervangerKaart } from "./commands/vervanger.js";
import type { BotDeps } from "./deps.js";
import { helpKaart } from "./kaarten/help.js";
import { keuzeKaart } from "./kaarten/keuze.js";
import { toonStap } from "./kaarten/toon.js";
import { welkomInhoud } from "./kaarten/welkom.js";

/** What a command answers: a card, or a line of text. */
export type Antwoord = Kaart | string;

/** One chat command: what it is typed as (parsed by `herkenCommando`), who may use it, and its handler. */
interface Commandoregel<S extends Commando["soort"]> {
  /** How users type it; the text pattern itself is in src/services/commando.ts. */
  voorbeeld: string;
  alleenConsulent: boolean;
  handler: (deps: BotDeps, persoon: Persoon, commando: Extract<Commando, { soort: S }>) => Promise<Antwoord> | Antwoord;
}

/** The refusal of a consulent's command to anyone else. */
export const NIET_VOOR_JOU = "Dat kan alleen een consulent. Typ 'help' voor wat jij hier kunt doen.";

/** The command table: every chat command and its handler, beside the route table of app.ts. */
export const COMMANDOS: { [S in Commando["soort"]]: Commandoregel<S> } = {
  "nieuwe-aanvraag": { voorbeeld: "nieuwe aanvraag", alleenConsulent: true, handler: (deps, p) => keuzeKaart(deps.aanvragen.keuzes(p.id)) },
  "mijn-concepten": { voorbeeld: "mijn concepten", alleenConsulent: true, handler: (deps, p) => mijnConcepten(deps, p.id) },
  verleng: {
    voorbeeld: "verleng IN-2026-0001",
    alleenConsulent: true,
    handler: async (deps, p, c) =>
      c.nummer
        ? toonStap(deps.aanvragen, await deps.aanvragen.verleng(p.id, c.nummer), { melding: `Verlenging van ${c.nummer}: de antwoorden zijn overgenomen; vul de evaluatie van het eerste jaar en de nieuwe planning in.` })
        : "Noem het nummer van het traject, bijvoorbeeld: verleng IN-2026-0001.",
  },
  vervanger: { voorbeeld: "vervanger Fatima El Amrani van 23-11-2026 tot 4-12-2026", alleenConsulent: false, handler: (deps, p, c) => vervangerKaart(deps, p, c) },
  "geen-vervanger": { voorbeeld: "geen vervanger", alleenConsulent: false, handler: (deps, p) => geenVervangerKaart(deps, p) },
  geschiedenis: { voorbeeld: "geschiedenis MW-2026-0001", alleenConsulent: false, handler: (deps, p, c) => geschiedenisKaart(deps, p, c.nummer) },
  help: { voorbeeld: "help", alleenConsulent: false, handler: (_deps, p) => helpKaart(p) },
  groet: { voorbeeld: "hallo", alleenConsulent: false, handler: (deps, p) => welkomInhoud(p, deps.config.swv.naam) },
};

/** The answer to a recognised chat command, for this person. */
export async function voerUit(deps: BotDeps, persoon: Persoon, commando: Commando): Promise<Antwoord> {
  const regel = COMMANDOS[commando.soort] as Commandoregel<Commando["soort"]>;
  if (regel.alleenConsulent && !persoon.rollen.some((r) => r.rol === "consulent")) {
    await deps.weigeringen.leg({ actor: persoon.id, actie: commando.soort, reden: "alleen voor een consulent" });
    return NIET_VOOR_JOU;
  }
  return regel.handler(deps, persoon, commando as never);
}
