import { TeamsAdapter } from "@microsoft/teams-ai";
import { ConfigurationServiceClientCredentialFactory } from "botbuilder";
import type { Omgeving } from "../src/config/omgeving.js";

/**
 * The Bot Framework adapter. Without BOT_ID the bot runs anonymously, for local runs
 * with the Agents Playground; with BOT_ID it checks every incoming token.
 */
export function maakAdapter(omgeving: Omgeving): TeamsAdapter {
  return new TeamsAdapter(
    {},
    new ConfigurationServiceClientCredentialFactory({
      MicrosoftAppId: omgeving.BOT_ID,
      MicrosoftAppPassword: omgeving.BOT_PASSWORD,
      MicrosoftAppTenantId: omgeving.BOT_TENANT_ID,
      MicrosoftAppType: omgeving.BOT_TYPE,
    }),
  );
}
