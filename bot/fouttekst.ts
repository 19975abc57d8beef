import { DomainError, fouttekst, isDomainError, type CodeZonderParameters } from "../src/domain/errors.js";
import { isNietBewaard } from "../src/services/fouten.js";

/** The Dutch text of a coded error: the catalogue's own rendering, which the bot's actions take from here. */
export { fouttekst };

/** The Dutch text of a code without parameters, for a refusal the edge gives itself (a download page, a card). */
export function tekstVoor(code: CodeZonderParameters): string {
  return fouttekst(new (DomainError as new (code: CodeZonderParameters) => DomainError)(code));
}

/** What a user sees when something unexpected went wrong: Dutch, and no stack trace. */
export const ONVERWACHTE_FOUT = "Er ging iets mis aan onze kant. Er is niets gewijzigd; probeer het zo nog eens.";

/** What a user reads when the store could not keep a change (a full or failing disk). */
export const NIET_BEWAARD = "De bot kon dit niet bewaren: de opslag is vol of niet bereikbaar. Er is niets gewijzigd; probeer het later opnieuw. De beheerder ziet de fout in het logboek.";

/** Whether a failure has words of its own for the user (a coded error, or a change the store could not keep). */
export function heeftEigenTekst(error: unknown): boolean {
  return isDomainError(error) || isNietBewaard(error);
}

/** What a user reads about any failure: a coded error's own text, a refused write its own, anything else the plain apology. */
export function tekstVoorGebruiker(error: unknown): string {
  if (isDomainError(error)) return fouttekst(error);
  return isNietBewaard(error) ? NIET_BEWAARD : ONVERWACHTE_FOUT;
}
