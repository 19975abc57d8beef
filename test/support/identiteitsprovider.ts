import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

/** A loopback OpenID provider standing in for Entra ID, as the loopback connector stands in for Teams. */
export interface Identiteitsprovider {
  /** The issuer, for AANMELDEN_ISSUER. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Registers the bot's client with its redirect URI; before this, the provider answers nothing but 503. */
  registreer: (redirectUri: string) => void;
  stop: () => Promise<void>;
}

async function formulier(req: IncomingMessage): Promise<URLSearchParams> {
  const stukken: Buffer[] = [];
  for await (const stuk of req) stukken.push(stuk as Buffer);
  return new URLSearchParams(Buffer.concat(stukken).toString("utf8"));
}

/** Entra's ID token carries the person's object id as `oid` (with scope profile); the account id here is that oid. */
function maakProvider(issuer: string, client: { clientId: string; clientSecret: string; redirectUri: string }): Provider {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return new Provider(issuer, {
    clients: [{ client_id: client.clientId, client_secret: client.clientSecret, redirect_uris: [client.redirectUri], token_endpoint_auth_method: "client_secret_post", response_types: ["code"], grant_types: ["authorization_code"] }],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test", alg: "RS256", use: "sig" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], profile: ["oid", "name"] },
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id, oid: id, name: "Testgebruiker" }) }),
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    // A first-party app: consent is implied, as an Entra tenant admin grants it once for everyone.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || !ctx.oidc.client) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      grant.addOIDCScope("openid profile");
      await grant.save();
      return grant;
    },
  });
}

/**
 * Start the provider on a free loopback port. Its sign-in page is a form with one field,
 * `login`: the Entra object id of whoever signs in (POST /interaction/:uid/login).
 */
export async function startIdentiteitsprovider(): Promise<Identiteitsprovider> {
  const clientId = "maatwerkbot-test";
  const clientSecret = randomBytes(24).toString("base64url");
  let provider: Provider | undefined;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (!provider) {
      res.writeHead(503).end();
      return;
    }
    const p = provider;
    const login = /^\/interaction\/([^/]+)\/login$/.exec(req.url ?? "");
    if (login && req.method === "POST") {
      void formulier(req).then((velden) => p.interactionFinished(req, res, { login: { accountId: velden.get("login") ?? "" } }, { mergeWithLastSubmission: false }));
      return;
    }
    if (/^\/interaction\/[^/]+$/.test(req.url ?? "")) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(`<form method="post" action="${req.url}/login"><input name="login"><button>Aanmelden</button></form>`);
      return;
    }
    p.callback()(req, res);
  });
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    clientId,
    clientSecret,
    registreer: (redirectUri) => {
      provider = maakProvider(issuer, { clientId, clientSecret, redirectUri });
    },
    stop: () => new Promise<void>((klaar) => server.close(() => klaar())),
  };
}
