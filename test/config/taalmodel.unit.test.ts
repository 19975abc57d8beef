import { describe, expect, it } from "vitest";
import { taalmodelInstelling } from "../../src/config/taalmodel.js";
import { leesOmgeving } from "../../src/config/omgeving.js";
import { fouttekst, isDomainError } from "../../src/domain/errors.js";

const fout = (env: Record<string, string>) => {
  try {
    leesOmgeving(env);
  } catch (error) {
    if (!isDomainError(error, "OMGEVING_ONGELDIG")) throw error;
    return fouttekst(error);
  }
  return "gestart";
};

describe("the language model for free-form questions, from the environment", () => {
  it("given no key: none, and the bot starts", () => {
    expect(taalmodelInstelling(leesOmgeving({}))).toEqual({ soort: "geen" });
    expect(taalmodelInstelling(leesOmgeving({ OPENAI_API_KEY: "", AZURE_OPENAI_ENDPOINT: "" }))).toEqual({ soort: "geen" });
  });

  it("given a complete OpenAI or Azure OpenAI configuration: that service", () => {
    expect(taalmodelInstelling(leesOmgeving({ OPENAI_API_KEY: "sk-1", OPENAI_MODEL: "gpt-4o-mini" }))).toEqual({ soort: "openai", sleutel: "sk-1", model: "gpt-4o-mini" });
    expect(taalmodelInstelling(leesOmgeving({ AZURE_OPENAI_API_KEY: "k", AZURE_OPENAI_ENDPOINT: "https://swv.openai.azure.com", AZURE_OPENAI_DEPLOYMENT: "gpt-4o" }))).toEqual({
      soort: "azure",
      sleutel: "k",
      endpoint: "https://swv.openai.azure.com",
      deployment: "gpt-4o",
    });
  });

  it("refuses to start, in Dutch, with half a configuration, both services, or an Azure endpoint without https", () => {
    expect(fout({ OPENAI_API_KEY: "sk-1" })).toContain("OPENAI_API_KEY: het taalmodel voor vrije vragen is half ingesteld; ontbreekt: OPENAI_MODEL.");
    expect(fout({ AZURE_OPENAI_ENDPOINT: "https://swv.openai.azure.com" })).toContain("ontbreekt: AZURE_OPENAI_API_KEY, AZURE_OPENAI_DEPLOYMENT.");
    expect(fout({ OPENAI_API_KEY: "sk-1", OPENAI_MODEL: "m", AZURE_OPENAI_API_KEY: "k" })).toContain("OpenAI en Azure OpenAI zijn allebei (deels) ingesteld; kies er één.");
    expect(fout({ AZURE_OPENAI_API_KEY: "k", AZURE_OPENAI_ENDPOINT: "http://swv.openai.azure.com", AZURE_OPENAI_DEPLOYMENT: "d" })).toContain("AZURE_OPENAI_ENDPOINT:");
  });
});
