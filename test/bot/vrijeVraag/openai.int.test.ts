import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { OpenAIModel } from "@microsoft/teams-ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ONBEKEND_NUMMER } from "../../../bot/kaarten/status.js";
import { SYSTEEMTEKST } from "../../../bot/vrijeVraag/prompt.js";
import { ACTIES } from "../../../src/services/vragen/acties.js";
import { SANNE } from "../../support/demo.js";
import { tekstVan } from "../../support/kaart.js";
import { startBotInProces, type BotInProces } from "../../support/testAdapter.js";

/** What the loopback service received, and what it answers next. */
let verzoeken: Record<string, unknown>[] = [];
let antwoord: { status: number; body: unknown } = { status: 500, body: {} };
let dienst: Server;
let bot: BotInProces;

const toolCall = (name: string, args: unknown) => ({
  id: "chatcmpl-1",
  object: "chat.completion",
  created: 0,
  model: "gpt-4o-mini",
  choices: [{ index: 0, finish_reason: "tool_calls", message: { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name, arguments: JSON.stringify(args) } }] } }],
});

beforeAll(async () => {
  // A loopback HTTP server stands in for the OpenAI service; the real OpenAI client of teams-ai talks to it.
  dienst = createServer((req, res) => {
    let body = "";
    req.on("data", (d: Buffer) => (body += d.toString()));
    req.on("end", () => {
      verzoeken.push({ pad: req.url, ...(JSON.parse(body) as Record<string, unknown>) });
      res.writeHead(antwoord.status, { "content-type": "application/json" }).end(JSON.stringify(antwoord.body));
    });
  });
  await new Promise<void>((klaar) => dienst.listen(0, "127.0.0.1", klaar));
  const model = new OpenAIModel({ apiKey: "sk-test", defaultModel: "gpt-4o-mini", endpoint: `http://127.0.0.1:${(dienst.address() as AddressInfo).port}/v1`, useSystemMessages: true, clientOptions: { maxRetries: 0 } });
  bot = await startBotInProces(undefined, { OPENAI_API_KEY: "sk-test", OPENAI_MODEL: "gpt-4o-mini" }, model);
  await bot.gebruiker(SANNE).zeg("hallo");
});
afterAll(async () => {
  await bot?.stop();
  await new Promise((klaar) => dienst?.close(klaar));
});

describe("the planner on the wire, with teams-ai's OpenAI model against a loopback service", () => {
  it("sends the system text, the question and the nine closed tools, nothing else; a tool call comes back as the card of that question", async () => {
    verzoeken = [];
    antwoord = { status: 200, body: toolCall("status", { nummer: "MW-2026-0999" }) };
    const vraag = "kun je me vertellen wat er gebeurd is met MW-2026-0999?";
    const { kaarten } = await bot.gebruiker(SANNE).zeg(vraag);
    expect(kaarten.map(tekstVan).join("\n")).toContain(ONBEKEND_NUMMER);
    expect(verzoeken).toHaveLength(1);
    const v = verzoeken[0]! as { pad: string; model: string; messages: unknown[]; tools: { type: string; function: { name: string; parameters: { additionalProperties: boolean } } }[]; tool_choice: string };
    expect(v.pad).toBe("/v1/chat/completions");
    expect(v.model).toBe("gpt-4o-mini");
    expect(v.messages).toEqual([
      { role: "system", content: SYSTEEMTEKST },
      { role: "user", content: vraag },
    ]);
    expect(v.tool_choice).toBe("auto");
    expect(v.tools.map((t) => t.function.name).sort()).toEqual(Object.keys(ACTIES).sort());
    for (const t of v.tools) expect(t.function.parameters.additionalProperties, t.function.name).toBe(false);
  });

  it("a service error gets the examples card, not an error message", async () => {
    antwoord = { status: 500, body: { error: { message: "kapot", type: "server_error" } } };
    const { kaarten, teksten } = await bot.gebruiker(SANNE).zeg("kun je me daar iets over vertellen?");
    expect(kaarten.map(tekstVan).join("\n")).toContain("Dat begreep ik niet.");
    expect(teksten).toEqual([]);
  });
});
