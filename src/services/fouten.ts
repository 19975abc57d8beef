import { isOpslagFout } from "../storage/fouten.js";

/** True when a change was refused because the store could not keep it (a full or failing disk): nothing changed, the user may try again. */
export function isNietBewaard(error: unknown): boolean {
  return isOpslagFout(error, "OPSLAG_NIET_BEWAARD");
}
