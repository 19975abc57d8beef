import type { Message, PromptCompletionModel } from "@microsoft/teams-ai";

/** An answer of a model, as teams-ai types it (the type itself is not exported). */
type Antwoord = Awaited<ReturnType<PromptCompletionModel["completePrompt"]>>;

/** What the scripted model answers to the question it was given. */
export type Script = (vraag: string) => Antwoord | Promise<Antwoord>;

/** One call of the model: the messages as the remote service would receive them, and the names of the tools offered. */
export interface Aanroep {
  berichten: Message[];
  acties: string[];
}

/** A language model that plays a script instead of calling a remote service, and records every call. */
export interface Scriptmodel extends PromptCompletionModel {
  aanroepen: Aanroep[];
  speel: (script: Script) => void;
}

/** A model answer that calls one tool; `argumenten` as the model wrote them (a string is sent as is). */
export const roep = (naam: string, argumenten: unknown = {}): Antwoord => ({
  status: "success",
  message: { role: "assistant", content: "", action_calls: [{ id: "call_1", type: "function", function: { name: naam, arguments: typeof argumenten === "string" ? argumenten : JSON.stringify(argumenten) } }] },
});

/** A model answer in plain text, no tool. */
export const antwoordt = (tekst: string): Antwoord => ({ status: "success", message: { role: "assistant", content: tekst } });

/** The scripted model; it answers nothing until it is given a script. */
export function scriptmodel(): Scriptmodel {
  let script: Script = () => antwoordt("");
  const aanroepen: Aanroep[] = [];
  return {
    aanroepen,
    speel: (s) => {
      script = s;
    },
    async completePrompt(context, memory, functions, tokenizer, template) {
      const gerenderd = await template.prompt.renderAsMessages(context, memory, functions, tokenizer, template.config.completion.max_input_tokens);
      aanroepen.push({ berichten: gerenderd.output, acties: (template.actions ?? []).map((a) => a.name) });
      const vraag = gerenderd.output.at(-1)?.content;
      return script(typeof vraag === "string" ? vraag : "");
    },
  };
}
