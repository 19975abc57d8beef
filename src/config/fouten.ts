import { DomainError } from "../domain/errors.js";

/** A path inside a JSON file as a reader finds it: `scholen[2].brin`. */
export function padTekst(pad: readonly PropertyKey[]): string {
  return pad.reduce<string>((tekst, stuk) => (typeof stuk === "number" ? `${tekst}[${stuk}]` : tekst ? `${tekst}.${String(stuk)}` : String(stuk)), "");
}

/** One thing wrong in a configuration file. */
export interface ConfigProbleem {
  pad: readonly PropertyKey[];
  bericht: string;
}

/** The coded error for a bad configuration file, listing every problem with its path. */
export function configFout(bestand: string, problemen: readonly ConfigProbleem[]): DomainError {
  const details = problemen.map((p) => `- ${padTekst(p.pad) || "(hoofdniveau)"}: ${p.bericht}`).join("\n");
  return new DomainError("CONFIG_ONGELDIG", { bestand, details });
}
