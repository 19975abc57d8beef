import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from "botbuilder";
import restify from "restify";

/**
 * The baseline: a bare botbuilder echo bot on restify, anonymous like the bot in the
 * bench. It answers a message with one text and a card action with one small card, to the
 * same loopback connector, so the ratio shows what maatwerkbot itself costs.
 */
export async function startEchoBot(): Promise<{ poort: number; stop: () => Promise<void> }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, new ConfigurationServiceClientCredentialFactory({})));
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post("/api/messages", async (req, res) => {
    await adapter.process(req, res, async (context) => {
      if (context.activity.type === "message") await context.sendActivity(`echo: ${context.activity.text ?? ""}`);
      else if (context.activity.type === "invoke")
        await context.sendActivity({
          type: "invokeResponse",
          value: { status: 200, body: { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: { type: "AdaptiveCard", version: "1.5", body: [{ type: "TextBlock", text: "echo" }] } } },
        });
    });
  });
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  return { poort: (server.address() as { port: number }).port, stop: async () => void server.close() };
}
