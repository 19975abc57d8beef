import { hkdfSync } from "node:crypto";
import { parseCookie, stringifySetCookie } from "cookie";
import { EncryptJWT, jwtDecrypt } from "jose";
import { z } from "zod/v4";

/** How long a browser has to finish signing in after opening the link. */
export const AANMELDEN_GELDIG_S = 10 * 60;

/** What the browser carries between the link and the callback: the link, and the sign-in's state, nonce and PKCE verifier. */
export const Lopend = z.object({ token: z.string().min(32).max(100), state: z.string().min(16), nonce: z.string().min(16), verifier: z.string().min(43) });
export type Lopend = z.infer<typeof Lopend>;

/** The sealed cookie of a sign-in in progress, the same on every instance that shares the client secret. */
export interface AanmeldCookie {
  /** A Set-Cookie header carrying `lopend`, encrypted and authenticated, for ten minutes. */
  zet(lopend: Lopend, nu: Date): Promise<string>;
  /** The sign-in in progress from a Cookie header; undefined when absent, forged, or expired. */
  lees(cookieHeader: string | undefined, nu: Date): Promise<Lopend | undefined>;
  /** A Set-Cookie header that removes it. */
  wis(): string;
}

/**
 * The cookie as an encrypted JWT (dir, A256GCM) under a key derived from the client secret:
 * HttpOnly, SameSite=Lax (the callback is a top-level navigation from the identity provider),
 * Secure with the `__Host-` prefix when the bot is reached over https.
 */
export function aanmeldCookie(clientSecret: string, https: boolean): AanmeldCookie {
  const sleutel = new Uint8Array(hkdfSync("sha256", clientSecret, "maatwerkbot", "aanmelden voor de rapportage-download", 32));
  const naam = https ? "__Host-maatwerkbot-aanmelden" : "maatwerkbot-aanmelden";
  const opties = { httpOnly: true, secure: https, sameSite: "lax", path: "/" } as const;
  return {
    zet: async (lopend, nu) => {
      const seconden = Math.floor(nu.getTime() / 1000);
      const waarde = await new EncryptJWT({ ...Lopend.parse(lopend) }).setProtectedHeader({ alg: "dir", enc: "A256GCM" }).setIssuedAt(seconden).setExpirationTime(seconden + AANMELDEN_GELDIG_S).encrypt(sleutel);
      return stringifySetCookie(naam, waarde, { ...opties, maxAge: AANMELDEN_GELDIG_S });
    },
    lees: async (cookieHeader, nu) => {
      const waarde = cookieHeader === undefined ? undefined : parseCookie(cookieHeader)[naam];
      if (waarde === undefined) return undefined;
      try {
        const { payload } = await jwtDecrypt(waarde, sleutel, { currentDate: nu, keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256GCM"] });
        const lopend = Lopend.safeParse(payload);
        return lopend.success ? lopend.data : undefined;
      } catch {
        return undefined;
      }
    },
    wis: () => stringifySetCookie(naam, "", { ...opties, maxAge: 0 }),
  };
}
