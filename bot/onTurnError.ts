import type { TurnContext } from "botbuilder";
import { isDomainError } from "../src/domain/errors.js";
import type { Logger } from "./log.js";

/** What a user sees when something unexpected went wrong: Dutch, and no stack trace. */
export const ONVERWACHTE_FOUT = "Er ging iets mis aan onze kant. Er is niets gewijzigd; probeer het zo nog eens.";

/**
 * The last resort of a turn: logs everything for the operator and answers the user
 * in Dutch, with the domain's own message where the error is a coded one.
 */
export function onTurnError(log: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    log("error", "Fout tijdens beurt", {
      code: isDomainError(error) ? error.code : undefined,
      fout: error.message,
      stack: error.stack,
      activiteit: context.activity.type,
    });
    if (context.activity.type !== "message" && context.activity.type !== "invoke") return;
    try {
      await context.sendActivity(isDomainError(error) ? error.message : ONVERWACHTE_FOUT);
    } catch (sendError) {
      log("error", "Kon foutmelding niet sturen", { fout: (sendError as Error).message });
    }
  };
}
