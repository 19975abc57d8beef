/** The environment variables that decide whether free-form questions go to a language model. */
export interface TaalmodelVelden {
  OPENAI_API_KEY?: string | undefined;
  OPENAI_MODEL?: string | undefined;
  AZURE_OPENAI_API_KEY?: string | undefined;
  AZURE_OPENAI_ENDPOINT?: string | undefined;
  AZURE_OPENAI_DEPLOYMENT?: string | undefined;
}

/**
 * Which language model answers free-form questions: `geen`, the deterministic parser is the whole
 * behaviour; `openai` or `azure`, a complete configuration; `half`, something set but not all of it
 * (or both services at once): then the bot does not start.
 */
export type Taalmodel =
  | { soort: "geen" }
  | { soort: "openai"; sleutel: string; model: string }
  | { soort: "azure"; sleutel: string; endpoint: string; deployment: string }
  | { soort: "half"; melding: string };

/** Decide the language model from the environment. */
export function taalmodelInstelling(o: TaalmodelVelden): Taalmodel {
  const openai = [o.OPENAI_API_KEY, o.OPENAI_MODEL];
  const azure = [o.AZURE_OPENAI_API_KEY, o.AZURE_OPENAI_ENDPOINT, o.AZURE_OPENAI_DEPLOYMENT];
  const iets = (v: (string | undefined)[]) => v.some((x) => x !== undefined);
  if (iets(openai) && iets(azure)) return { soort: "half", melding: "OpenAI en Azure OpenAI zijn allebei (deels) ingesteld; kies er één." };
  if (o.OPENAI_API_KEY !== undefined && o.OPENAI_MODEL !== undefined) return { soort: "openai", sleutel: o.OPENAI_API_KEY, model: o.OPENAI_MODEL };
  if (o.AZURE_OPENAI_API_KEY !== undefined && o.AZURE_OPENAI_ENDPOINT !== undefined && o.AZURE_OPENAI_DEPLOYMENT !== undefined)
    return { soort: "azure", sleutel: o.AZURE_OPENAI_API_KEY, endpoint: o.AZURE_OPENAI_ENDPOINT, deployment: o.AZURE_OPENAI_DEPLOYMENT };
  const ontbreekt = iets(openai)
    ? (["OPENAI_API_KEY", "OPENAI_MODEL"] as const).filter((k) => o[k] === undefined)
    : iets(azure)
      ? (["AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_DEPLOYMENT"] as const).filter((k) => o[k] === undefined)
      : [];
  return ontbreekt.length === 0 ? { soort: "geen" } : { soort: "half", melding: `het taalmodel voor vrije vragen is half ingesteld; ontbreekt: ${ontbreekt.join(", ")}.` };
}
