import type { Kaart } from "../../cards/render.js";
import type { TurnContext } from "botbuilder";
import { isDomainError, type Foutcode } from "../../src/domain/errors.js";
import type { Persoon } from "../../src/domain/swv.js";
import type { BotDeps } from "../deps.js";
import { ONBEKENDE_GEBRUIKER } from "../kaarten/welkom.js";
import { toonMelding } from "../kaarten/toon.js";
import { actorVan } from "../identiteit.js";
import { heeftEigenTekst, ONVERWACHTE_FOUT, tekstVoorGebruiker } from "../fouttekst.js";

/** Codes that refuse a person what their role or involvement does not allow: each is audited. */
const WEIGERINGEN: ReadonlySet<Foutcode> = new Set<Foutcode>([
  "AANVRAAG_NIET_GEVONDEN",
  "GEEN_CONSULENT",
  "SCHOOL_NIET_VAN_JOU",
  "BESCHIKKING_NIET_VOOR_JOU",
  "ALLEEN_STAF",
  "VERVANGER_ALLEEN_BESLISSER_OF_STAF",
]);

/** The verb of a card action, for the audit (cut short: it comes from outside). */
function verbVan(context: TurnContext): string {
  const verb = (context.activity.value as { action?: { verb?: unknown } } | undefined)?.action?.verb;
  return typeof verb === "string" ? verb.slice(0, 60) : "onbekende-actie";
}

/** The id the card points at, when there is one (only ever written to the audit after the service checked it is a uuid). */
function aanvraagIdVan(data: Record<string, unknown>): string | undefined {
  return typeof data.aanvraagId === "string" ? data.aanvraagId : undefined;
}

/**
 * Wrap a card action: the actor comes from the activity, never from card data; a
 * stranger gets the polite refusal; a coded error becomes its Dutch message on the
 * card; anything else is logged and the user sees a plain Dutch message. Every refusal
 * (a stranger, an aanvraag out of sight, another role's button) leaves an audit line.
 */
export function veiligeActie(deps: BotDeps, handler: (context: TurnContext, actor: Persoon, data: Record<string, unknown>) => Promise<Kaart>) {
  return async (context: TurnContext, _state: unknown, data: Record<string, unknown>): Promise<Kaart> => {
    const actor = actorVan(context, deps.config.swv);
    if (!actor) {
      await deps.weigeringen.leg({ actor: context.activity.from?.aadObjectId ?? context.activity.from?.id ?? "onbekend", actie: verbVan(context), reden: "onbekende gebruiker" });
      return toonMelding("Geen toegang", ONBEKENDE_GEBRUIKER);
    }
    try {
      return await handler(context, actor, data ?? {});
    } catch (error) {
      if (heeftEigenTekst(error)) {
        if (isDomainError(error) && WEIGERINGEN.has(error.code)) await deps.weigeringen.leg({ actor: actor.id, actie: verbVan(context), reden: error.code, aanvraagId: aanvraagIdVan(data ?? {}) });
        return toonMelding("Dat lukte niet", tekstVoorGebruiker(error));
      }
      deps.log("error", "Fout in kaartactie", { fout: (error as Error).message, stack: (error as Error).stack });
      return toonMelding("Dat lukte niet", ONVERWACHTE_FOUT);
    }
  };
}
