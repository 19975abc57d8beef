import { fouttekst, isDomainError } from "../../src/domain/errors.js";

/** Run `doe` and return the Dutch sentence of the DomainError it throws, as a user or operator reads it; "GEEN_FOUT" when it does not throw. */
export function fouttekstVan(doe: () => unknown): string {
  try {
    doe();
  } catch (error) {
    return isDomainError(error) ? fouttekst(error) : "ANDERE_FOUT";
  }
  return "GEEN_FOUT";
}
