import { AuthenticationConstants } from "botframework-connector";
// Not exported from the package's index: its metadata fetch is what needs a timeout.
import { OpenIdMetadata } from "botframework-connector/lib/auth/openIdMetadata.js";
import { decodeProtectedHeader } from "jose";

/** The fixed answers to a request that may not in, whatever the library said. */
export const NIET_AANGEMELD = { fout: "Niet aangemeld: dit verzoek heeft geen geldig Bot Framework-token." } as const;
export const AANMELDEN_NIET_BEREIKBAAR = { fout: "De aanmeldgegevens van Microsoft zijn nu niet op te halen; probeer het zo opnieuw." } as const;

/** A metadata or key fetch that did not answer in time or failed: the request gets a 503, not a 401. */
export class MetadataOnbereikbaar extends Error {
  readonly statusCode = 503;
}

interface Jwk {
  kid?: string;
  n?: string;
  e?: string;
  endorsements?: string[];
}

/** The private state of botbuilder's OpenIdMetadata this replacement fills, as refreshCache does. */
interface Intern {
  url: string;
  proxySettings?: unknown;
  lastUpdated: number;
  keys?: Jwk[];
  bezig?: Promise<void>;
}

async function haalJson(url: string, tijdslimietMs: number): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(tijdslimietMs) });
  } catch (error) {
    throw new MetadataOnbereikbaar(`${new URL(url).host}: ${(error as Error).name}`);
  }
  if (!res.ok) throw new MetadataOnbereikbaar(`${new URL(url).host}: HTTP ${res.status}`);
  return res.json().catch(() => {
    throw new MetadataOnbereikbaar(`${new URL(url).host}: geen JSON`);
  });
}

let begrensd = false;
let tijdslimiet = 10_000;

/**
 * botbuilder's OpenIdMetadata fetches the OpenID configuration and its keys with
 * node-fetch without a timeout, once per waiting request: an endpoint that accepts and
 * never answers piles up requests and sockets. This replaces its refreshCache (once per
 * process; the last limit given counts) with one that gives up after `tijdslimietMs` and
 * that concurrent requests share.
 */
export function begrensMetadata(tijdslimietMs: number): void {
  tijdslimiet = tijdslimietMs;
  if (begrensd) return;
  begrensd = true;
  const origineel = (OpenIdMetadata.prototype as unknown as { refreshCache: () => Promise<void> }).refreshCache;
  (OpenIdMetadata.prototype as unknown as { refreshCache: () => Promise<void> }).refreshCache = function (this: Intern) {
    if (this.proxySettings) return origineel.call(this);
    this.bezig ??= (async () => {
      const config = (await haalJson(this.url, tijdslimiet)) as { jwks_uri?: unknown };
      if (typeof config.jwks_uri !== "string") throw new MetadataOnbereikbaar(`${new URL(this.url).host}: geen jwks_uri`);
      const { keys } = (await haalJson(config.jwks_uri, tijdslimiet)) as { keys?: Jwk[] };
      if (!Array.isArray(keys)) throw new MetadataOnbereikbaar(`${new URL(config.jwks_uri).host}: geen sleutels`);
      this.keys = keys;
      this.lastUpdated = Date.now();
    })().finally(() => (this.bezig = undefined));
    return this.bezig;
  };
}

/**
 * A cheap look at the Authorization header before any key is fetched: a Bearer JWT
 * signed with an algorithm the Bot Framework uses. Anything else is refused at once,
 * so garbage and `alg: none` never reach the metadata endpoint.
 */
export function lijktOpToken(header: string | undefined): boolean {
  const [schema, token, ...rest] = (header ?? "").split(" ");
  if (schema !== "Bearer" || !token || rest.length > 0 || token.length > 16_384) return false;
  try {
    const { alg } = decodeProtectedHeader(token);
    return typeof alg === "string" && AuthenticationConstants.AllowedSigningAlgorithms.includes(alg);
  } catch {
    return false;
  }
}
