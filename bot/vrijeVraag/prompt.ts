import { Prompt, SystemMessage, ToolsAugmentation, UserMessage, type Memory, type Plan, type PredictedDoCommand, type PromptTemplate } from "@microsoft/teams-ai";
import type { TurnContext } from "botbuilder";
import { actieDefinities } from "../../src/services/vragen/acties.js";

/** The name of the prompt in teams-ai's prompt manager. */
export const PROMPT = "vrije-vraag";

/** What the model is told: only what the bot can answer, never data of an aanvraag or a person. */
export const SYSTEEMTEKST = [
  "Je bent de assistent van maatwerkbot, een Teams-bot van een samenwerkingsverband passend onderwijs.",
  "Je beantwoordt zelf niets: je kiest precies één actie die past bij de vraag van de gebruiker, met de argumenten uit de vraag.",
  "De bot kan: de status van een aanvraag (met het nummer), het volgende voortgangsgesprek van een traject (met het nummer),",
  "de geschiedenis van een aanvraag (met het nummer), de eigen aanvragen van de gebruiker, wat er op het besluit van de gebruiker wacht,",
  "de openstaande aanvragen van een school (met de naam van de school), het budget van dit schooljaar,",
  "de rapportage van een schooljaar, en een overzicht van wat je kunt vragen (help).",
  "Een nummer van een aanvraag ziet eruit als MW-2026-0001 of IN-2026-0003; schrijf het zo.",
  "Noem nooit een persoon in de argumenten: de bot werkt altijd voor wie de vraag stelt.",
  "Past de vraag bij geen van de acties, kies dan geen actie en antwoord niets.",
].join("\n");

/**
 * teams-ai's tools augmentation, without its console warning: that warning prints the arguments
 * the model wrote, which may repeat what the user typed. Unreadable arguments become none at all,
 * which the action's schema then refuses.
 */
type Antwoord = Parameters<ToolsAugmentation["createPlanFromResponse"]>[2];

class StilleTools extends ToolsAugmentation {
  override createPlanFromResponse(context: TurnContext, memory: Memory, response: Antwoord): Promise<Plan> {
    const calls = response.message?.action_calls;
    if (!calls) return super.createPlanFromResponse(context, memory, response);
    const commands = calls.map((c): PredictedDoCommand => {
      let parameters: Record<string, unknown> | undefined = {};
      try {
        if (c.function.arguments.trim() !== "") parameters = JSON.parse(c.function.arguments) as Record<string, unknown>;
      } catch {
        parameters = undefined;
      }
      return { type: "DO", action: c.function.name, actionId: c.id, parameters: parameters as Record<string, unknown> };
    });
    return Promise.resolve({ type: "plan", commands });
  }
}

/**
 * The prompt, built in code rather than in a prompts folder: the tools are generated from the
 * zod schemas of the actions (no second, hand-written actions.json), and no history is kept, so
 * the model sees the system text and this one question, nothing else.
 */
export function vraagPrompt(): PromptTemplate {
  return {
    name: PROMPT,
    prompt: new Prompt([new SystemMessage(SYSTEEMTEKST, -1), new UserMessage("{{$temp.input}}", 500)]),
    config: {
      schema: 1.1,
      type: "completion",
      description: "Een vrije vraag naar een van de acties van de bot",
      completion: {
        include_history: false,
        include_input: true,
        include_images: false,
        max_tokens: 200,
        max_input_tokens: 2000,
        temperature: 0,
        top_p: 0,
        presence_penalty: 0,
        frequency_penalty: 0,
        tool_choice: "auto",
      },
      augmentation: { augmentation_type: "tools" },
    },
    actions: actieDefinities(),
    augmentation: new StilleTools(),
  };
}
