import { BotFrameworkAuthentication, ClaimsIdentity, ConnectorClient, ConnectorFactory, AuthenticationConstants, type AuthenticateRequestResult, type UserTokenClient } from "botframework-connector";
import type { Activity } from "botbuilder";
import { describe, expect, it } from "vitest";
import { BewaardeVerbindingen } from "../../bot/verbindingen.js";

const identiteit = (appId: string) => new ClaimsIdentity([{ type: AuthenticationConstants.AppIdClaim, value: appId }, { type: AuthenticationConstants.AudienceClaim, value: appId }], true);

/** botbuilder's authentication as far as the wrapper uses it, counting the clients it builds. */
class Tellend extends BotFrameworkAuthentication {
  readonly gemaakt: string[] = [];
  tokenclients = 0;
  readonly faalEenKeer = new Set<string>();
  private fabriek(appId: string): ConnectorFactory {
    const { gemaakt, faalEenKeer } = this;
    return new (class extends ConnectorFactory {
      async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        gemaakt.push(`${appId} ${serviceUrl} ${audience ?? ""}`);
        if (faalEenKeer.delete(serviceUrl)) throw new Error("geen token");
        return new ConnectorClient({ getToken: async () => ({ token: "x", expiresOnTimestamp: 0 }) } as never, { baseUri: serviceUrl });
      }
    })();
  }
  async authenticateRequest(activity: Activity): Promise<AuthenticateRequestResult> {
    const appId = activity.recipient?.id ?? "";
    return { audience: "aud", callerId: "urn:botframework:azure", claimsIdentity: identiteit(appId), connectorFactory: this.fabriek(appId) };
  }
  async authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    throw new Error("niet gebruikt");
  }
  createConnectorFactory(claims: ClaimsIdentity): ConnectorFactory {
    return this.fabriek(claims.getClaimValue(AuthenticationConstants.AppIdClaim) ?? "");
  }
  async createUserTokenClient(): Promise<UserTokenClient> {
    this.tokenclients++;
    return {} as UserTokenClient;
  }
}

const beurt = (serviceUrl: string, bot = "bot-1") => ({ type: "message", serviceUrl, recipient: { id: bot, name: "bot" } }) as Activity;

describe("the adapter keeps its Teams clients instead of building them per turn", () => {
  it("gives every turn and every proactive send to the same service the same client; another service, app or audience its own", async () => {
    const binnen = new Tellend();
    const auth = new BewaardeVerbindingen(binnen);
    const clients = [];
    for (let i = 0; i < 5; i++) {
      const uitslag = await auth.authenticateRequest(beurt("https://smba.example/emea/"), "");
      clients.push(await uitslag.connectorFactory!.create("https://smba.example/emea/", "aud"));
    }
    clients.push(await auth.createConnectorFactory(identiteit("bot-1")).create("https://smba.example/emea/", "aud"));
    expect(new Set(clients).size).toBe(1);
    await (await auth.authenticateRequest(beurt("https://smba.example/amer/"), "")).connectorFactory!.create("https://smba.example/amer/", "aud");
    await (await auth.authenticateRequest(beurt("https://smba.example/emea/", "bot-2"), "")).connectorFactory!.create("https://smba.example/emea/", "aud");
    await auth.createConnectorFactory(identiteit("bot-1")).create("https://smba.example/emea/", "andere");
    expect(binnen.gemaakt).toEqual(["bot-1 https://smba.example/emea/ aud", "bot-1 https://smba.example/amer/ aud", "bot-2 https://smba.example/emea/ aud", "bot-1 https://smba.example/emea/ andere"]);
    await auth.createUserTokenClient(identiteit("bot-1"));
    await auth.createUserTokenClient(identiteit("bot-1"));
    expect(binnen.tokenclients).toBe(1);
  });

  it("does not keep a client whose creation failed: the next turn builds it again", async () => {
    const binnen = new Tellend();
    binnen.faalEenKeer.add("https://smba.example/emea/");
    const auth = new BewaardeVerbindingen(binnen);
    const fabriek = async () => (await auth.authenticateRequest(beurt("https://smba.example/emea/"), "")).connectorFactory!;
    await expect((await fabriek()).create("https://smba.example/emea/", "aud")).rejects.toThrow("geen token");
    const client = await (await fabriek()).create("https://smba.example/emea/", "aud");
    expect(client).toBeInstanceOf(ConnectorClient);
    expect(await (await fabriek()).create("https://smba.example/emea/", "aud")).toBe(client);
    expect(binnen.gemaakt).toHaveLength(2);
  });
});
