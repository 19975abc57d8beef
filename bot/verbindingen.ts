import { BotFrameworkAuthentication, ConnectorFactory, JwtTokenValidation, type AuthenticateRequestResult, type BotFrameworkClient, type ClaimsIdentity, type ConnectorClient, type UserTokenClient } from "botframework-connector";
import type { Activity } from "botbuilder";

/** At most this many clients of a kind are kept (one per app id, service URL and audience; Teams uses a handful). */
const MAX_BEWAARD = 50;

/** Clients by key, made once; a creation that fails is forgotten, so the next call tries again. Full, it forgets its oldest. */
class Bewaarplaats<T> {
  private readonly m = new Map<string, Promise<T>>();

  haal(sleutel: string, maak: () => Promise<T>): Promise<T> {
    const bekend = this.m.get(sleutel);
    if (bekend !== undefined) return bekend;
    const nieuw = maak();
    nieuw.catch(() => this.m.get(sleutel) === nieuw && this.m.delete(sleutel));
    if (this.m.size >= MAX_BEWAARD) this.m.delete(this.m.keys().next().value!);
    this.m.set(sleutel, nieuw);
    return nieuw;
  }
}

/** A connector factory that hands out the kept client of its app id, service URL and audience. */
class BewaardeFabriek extends ConnectorFactory {
  constructor(
    private readonly appId: string,
    private readonly bewaard: Bewaarplaats<ConnectorClient>,
    private readonly binnen: () => ConnectorFactory,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.bewaard.haal(`${this.appId}|${serviceUrl}|${audience ?? ""}`, () => this.binnen().create(serviceUrl, audience));
  }
}

const appIdVan = (identiteit: ClaimsIdentity): string => JwtTokenValidation.getAppIdFromClaims(identiteit.claims) ?? "";

/**
 * botbuilder's authentication, with its clients kept. The CloudAdapter builds a new
 * ConnectorClient (a whole HTTP pipeline) and a UserTokenClient for every turn and every
 * proactive send, which costs more than the rest of a small turn. A client holds nothing
 * of a turn and fetches its own tokens, so one per app id, service URL and audience
 * serves them all, as botbuilder's older BotFrameworkAdapter kept them. Everything else,
 * the token checks above all, is the wrapped authentication's own.
 */
export class BewaardeVerbindingen extends BotFrameworkAuthentication {
  private readonly connectors = new Bewaarplaats<ConnectorClient>();
  private readonly tokenclients = new Bewaarplaats<UserTokenClient>();

  constructor(private readonly binnen: BotFrameworkAuthentication) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const uitslag = await this.binnen.authenticateRequest(activity, authHeader);
    const eigen = uitslag.connectorFactory;
    return eigen ? { ...uitslag, connectorFactory: new BewaardeFabriek(appIdVan(uitslag.claimsIdentity), this.connectors, () => eigen) } : uitslag;
  }

  authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.binnen.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new BewaardeFabriek(appIdVan(claimsIdentity), this.connectors, () => this.binnen.createConnectorFactory(claimsIdentity));
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenclients.haal(appIdVan(claimsIdentity), () => this.binnen.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.binnen.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.binnen.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.binnen.authenticateChannelRequest(authHeader);
  }
}
