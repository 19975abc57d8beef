import * as oidc from "openid-client";
import { z } from "zod/v4";
import type { Aanmelden } from "../../src/config/aanmelden.js";
import type { Lopend } from "./aanmeldCookie.js";

/** What a user reads in the browser when signing in for a download fails. */
export const aanmeldFouten = {
  MISLUKT: "Het aanmelden is niet gelukt of verlopen. Open de link opnieuw vanuit de chat, in dezelfde browser.",
  ONBEREIKBAAR: "Aanmelden kan nu niet: de aanmeldservice is niet bereikbaar. Probeer het over een paar minuten opnieuw.",
} as const;

/** The path the identity provider sends the browser back to; registered in Entra as <PUBLIEKE_URL>/rapportage/aangemeld. */
export const TERUG_PAD = "/rapportage/aangemeld";
/** The Entra object id in the ID token: the person id of the SWV configuration. */
const Claims = z.object({ oid: z.string().min(1) });

/** Who signed in at the callback: the Entra object id, when the ID token carries one. */
export interface Aangemeld {
  oid: string | undefined;
}

/** Sign-in with OpenID Connect (authorization code flow with PKCE) for one download link. */
export interface Aanmelder {
  /** A fresh sign-in for the link: where to send the browser, and what it must carry back. */
  start(token: string): Promise<{ url: string; lopend: Lopend }>;
  /** Finishes the sign-in at the callback URL; throws when state, code, nonce, PKCE or the ID token do not check out. */
  rond(callback: URL, lopend: Lopend): Promise<Aangemeld>;
}

/**
 * The OpenID Connect client (openid-client). The provider's metadata is fetched on first
 * use, and again after a failure, so the bot starts while the identity provider is away.
 */
export function maakAanmelder(instelling: Extract<Aanmelden, { soort: "verplicht" }>, redirectUri: () => string): Aanmelder {
  let configuratie: Promise<oidc.Configuration> | undefined;
  const issuer = new URL(instelling.issuer);
  const config = () => {
    configuratie ??= oidc
      .discovery(issuer, instelling.clientId, instelling.clientSecret, undefined, issuer.protocol === "http:" ? { execute: [oidc.allowInsecureRequests] } : {})
      .catch((error: unknown) => {
        configuratie = undefined;
        throw error;
      });
    return configuratie;
  };
  return {
    async start(token) {
      const lopend = { token, state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier() };
      const url = oidc.buildAuthorizationUrl(await config(), {
        redirect_uri: redirectUri(),
        scope: "openid profile",
        response_type: "code",
        state: lopend.state,
        nonce: lopend.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(lopend.verifier),
        code_challenge_method: "S256",
      });
      return { url: url.href, lopend };
    },
    async rond(callback, lopend) {
      const tokens = await oidc.authorizationCodeGrant(await config(), callback, {
        pkceCodeVerifier: lopend.verifier,
        expectedState: lopend.state,
        expectedNonce: lopend.nonce,
        idTokenExpected: true,
      });
      const claims = Claims.safeParse(tokens.claims());
      return { oid: claims.success ? claims.data.oid : undefined };
    },
  };
}
