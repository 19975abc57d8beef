import { OpenAIModel, type PromptCompletionModel } from "@microsoft/teams-ai";
import { taalmodelInstelling, type Taalmodel } from "../../src/config/taalmodel.js";
import type { Omgeving } from "../../src/config/omgeving.js";
import { DomainError } from "../../src/domain/errors.js";

/** A configured language model: OpenAI or Azure OpenAI. */
export type Ingesteld = Exclude<Taalmodel, { soort: "geen" | "half" }>;

/** teams-ai's OpenAI model for the configured service; the client's own timeout and one retry. */
export function openAIModel(instelling: Ingesteld, tijdslimietMs: number): PromptCompletionModel {
  const client = { clientOptions: { timeout: tijdslimietMs, maxRetries: 1 }, useSystemMessages: true };
  return instelling.soort === "openai"
    ? new OpenAIModel({ ...client, apiKey: instelling.sleutel, defaultModel: instelling.model })
    : new OpenAIModel({ ...client, azureApiKey: instelling.sleutel, azureEndpoint: instelling.endpoint, azureDefaultDeployment: instelling.deployment, azureApiVersion: "2024-10-21" });
}

/** A model that answers within `ms` or counts as failed: an error response, never a hanging turn. */
export function metTijdslimiet(model: PromptCompletionModel, ms: number): PromptCompletionModel {
  return {
    ...(model.events ? { events: model.events } : {}),
    async completePrompt(...args) {
      let timer: NodeJS.Timeout | undefined;
      const teLaat = new Promise<never>((_, weiger) => {
        timer = setTimeout(() => weiger(new DomainError("TAALMODEL_TE_LAAT", { ms })), ms);
      });
      try {
        return await Promise.race([model.completePrompt(...args), teLaat]);
      } catch (error) {
        return { status: "error", error: error as Error };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * The model for free-form questions, or undefined when no key is configured: then the
 * deterministic parser is the whole behaviour. `maak` builds the model (tests pass a scripted one).
 */
export function kiesTaalmodel(omgeving: Omgeving, maak: (instelling: Ingesteld, tijdslimietMs: number) => PromptCompletionModel = openAIModel): PromptCompletionModel | undefined {
  const instelling = taalmodelInstelling(omgeving);
  if (instelling.soort === "geen" || instelling.soort === "half") return undefined;
  return metTijdslimiet(maak(instelling, omgeving.VRAAG_TIJDSLIMIET_MS), omgeving.VRAAG_TIJDSLIMIET_MS);
}
