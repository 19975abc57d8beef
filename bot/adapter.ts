import { TeamsAdapter } from "@microsoft/teams-ai";
import { CallerIdConstants, ConfigurationServiceClientCredentialFactory, type Activity, type InvokeResponse, type TurnContext } from "botbuilder";
import { AuthenticationConstants, type AuthenticateRequestResult, type BotFrameworkAuthentication } from "botframework-connector";
import type { Omgeving } from "../src/config/omgeving.js";
import { begrensMetadata } from "./toegang.js";
import { BewaardeVerbindingen } from "./verbindingen.js";

/**
 * The Bot Framework adapter, with authentication split from the turn so the server
 * answers a refused token itself (a fixed 401 or 503) instead of the library's 500.
 */
export class Teamsadapter extends TeamsAdapter {
  constructor(...args: ConstructorParameters<typeof TeamsAdapter>) {
    super(...args);
    // The CloudAdapter keeps its authentication in a read-only field it set itself; the kept clients go around it.
    (this as unknown as { botFrameworkAuthentication: BotFrameworkAuthentication }).botFrameworkAuthentication = new BewaardeVerbindingen(this.botFrameworkAuthentication);
  }

  /** Checks the request's token against the Bot Framework (or lets anything in without BOT_ID); throws when refused. */
  authenticeer(activiteit: Activity, header: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activiteit, header);
  }

  /** Runs the turn of an authenticated request; resolves to the invoke response, if any. */
  verwerk(aangemeld: AuthenticateRequestResult, activiteit: Activity, logica: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(aangemeld, activiteit, logica);
  }
}

/**
 * The adapter of the bot. Without BOT_ID it runs anonymously, for local runs with the
 * Agents Playground; with BOT_ID it checks every incoming token, fetching the OpenID
 * metadata with a time limit (BOT_OPENID_TIJDSLIMIET_MS).
 */
export function maakAdapter(omgeving: Omgeving): Teamsadapter {
  begrensMetadata(omgeving.BOT_OPENID_TIJDSLIMIET_MS);
  const metadata = omgeving.BOT_OPENID_METADATA_URL;
  return new Teamsadapter(
    // botbuilder takes one parameter of its public-cloud set as a wish for a whole custom set: so all of them, with the metadata replaced.
    metadata
      ? {
          ValidateAuthority: true,
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromChannelOpenIdMetadataUrl: metadata,
          ToBotFromEmulatorOpenIdMetadataUrl: metadata,
          CallerId: CallerIdConstants.PublicAzureChannel,
        }
      : {},
    new ConfigurationServiceClientCredentialFactory({
      MicrosoftAppId: omgeving.BOT_ID,
      MicrosoftAppPassword: omgeving.BOT_PASSWORD,
      MicrosoftAppTenantId: omgeving.BOT_TENANT_ID,
      MicrosoftAppType: omgeving.BOT_TYPE,
    }),
  );
}
