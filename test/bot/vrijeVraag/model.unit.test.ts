import type { PromptCompletionModel } from "@microsoft/teams-ai";
import { describe, expect, it } from "vitest";
import { kiesTaalmodel, metTijdslimiet } from "../../../bot/vrijeVraag/model.js";
import { leesOmgeving } from "../../../src/config/omgeving.js";
import { fouttekst, isDomainError } from "../../../src/domain/errors.js";

const hangt: PromptCompletionModel = { completePrompt: () => new Promise(() => undefined) };
const roep = (m: PromptCompletionModel) => m.completePrompt(...([] as unknown as Parameters<PromptCompletionModel["completePrompt"]>));

describe("choosing the language model", () => {
  it("given no key: none, whatever model could be made", () => {
    expect(kiesTaalmodel(leesOmgeving({}), () => hangt)).toBeUndefined();
  });

  it("given OpenAI or Azure OpenAI: teams-ai's OpenAI model is built without calling the service", () => {
    expect(kiesTaalmodel(leesOmgeving({ OPENAI_API_KEY: "sk-1", OPENAI_MODEL: "gpt-4o-mini" }))).toBeDefined();
    expect(kiesTaalmodel(leesOmgeving({ AZURE_OPENAI_API_KEY: "k", AZURE_OPENAI_ENDPOINT: "https://swv.openai.azure.com/", AZURE_OPENAI_DEPLOYMENT: "gpt-4o" }))).toBeDefined();
  });

  it("a model that does not answer in time gives an error response with a coded Dutch message, not a hanging turn", async () => {
    const antwoord = await roep(metTijdslimiet(hangt, 20));
    expect(antwoord.status).toBe("error");
    expect(isDomainError(antwoord.error, "TAALMODEL_TE_LAAT") && fouttekst(antwoord.error)).toBe("Het taalmodel gaf binnen 20 ms geen antwoord.");
  });
});
