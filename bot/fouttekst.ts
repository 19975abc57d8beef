import { foutcatalogus, isDomainError, type DomainError } from "../src/domain/errors.js";

/** What a user sees when something unexpected went wrong: Dutch, and no stack trace. */
export const ONVERWACHTE_FOUT = "Er ging iets mis aan onze kant. Er is niets gewijzigd; probeer het zo nog eens.";

/** The Dutch text of a coded error, from the catalogue: the one place where the bot turns a code into words for a user. */
export function fouttekst(error: DomainError): string {
  return (foutcatalogus[error.code] as (p: unknown) => string)(error.params);
}

/** What a user reads about any failure: a coded error's own text, anything else the plain apology. */
export function tekstVoorGebruiker(error: unknown): string {
  return isDomainError(error) ? fouttekst(error) : ONVERWACHTE_FOUT;
}
