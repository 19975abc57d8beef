import { resolve } from "node:path";
import { fouttekst, isDomainError } from "../domain/errors.js";
import { laadConfiguratie } from "./configuratie.js";
import { configuratieOverzicht } from "./overzicht.js";

/** The outcome of checking a configuration file: the summary, or every problem found. Dutch text. */
export type Controle = { goed: true; tekst: string } | { goed: false; tekst: string };

/**
 * Checks an SWV file with the regelingen in `profielenMap` the way the bot does at start
 * (laadConfiguratie): the form of each file first, every problem of it at once, then how they fit together.
 */
export async function controleerBestand(bestand: string, profielenMap: string): Promise<Controle> {
  try {
    const config = await laadConfiguratie(resolve(bestand), resolve(profielenMap));
    return { goed: true, tekst: configuratieOverzicht(config) };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const tekst = fouttekst(error);
    const aantal = error.code === "CONFIG_ONGELDIG" ? (tekst.match(/^- /gm) ?? []).length : 0;
    const kop = aantal > 0 ? `${aantal} ${aantal === 1 ? "probleem" : "problemen"} gevonden; de bot start zo niet.` : "De bot start zo niet.";
    return { goed: false, tekst: `${kop}\n${tekst}\n` };
  }
}
