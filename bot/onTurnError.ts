import type { TurnContext } from "botbuilder";
import { isDomainError } from "../src/domain/errors.js";
import { tekstVoorGebruiker } from "./fouttekst.js";
import type { Logger } from "./log.js";

/**
 * The last resort of a turn: logs everything for the operator and answers the user
 * in Dutch, with the domain's own message where the error is a coded one.
 */
export function onTurnError(log: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    // A coded error is an answer to the user, not a fault: its code is all the operator needs.
    if (isDomainError(error)) log("info", "Beurt geweigerd met een melding", { code: error.code, activiteit: context.activity.type });
    else log("error", "Fout tijdens beurt", { fout: error.message, stack: error.stack, activiteit: context.activity.type });
    if (context.activity.type !== "message" && context.activity.type !== "invoke") return;
    try {
      await context.sendActivity(tekstVoorGebruiker(error));
    } catch (sendError) {
      log("error", "Kon foutmelding niet sturen", { fout: (sendError as Error).message });
    }
  };
}
