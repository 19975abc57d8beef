/** What went wrong with a call to Teams, as far as the retry decision needs to know. */
export interface Storing {
  status?: number;
  /** From the Retry-After header, in milliseconds. */
  retryAfterMs?: number;
  /** Worth trying again later (throttling, a busy or unreachable service); otherwise a permanent refusal. */
  tijdelijk: boolean;
}

/** The statuses Teams asks bots to retry (429, 412, 502, 504), and other passing trouble of the service. */
const TIJDELIJK = new Set([408, 412, 429, 500, 502, 503, 504]);

/** The Retry-After header as milliseconds: seconds, or an HTTP date. */
export function leesRetryAfter(waarde: string | null | undefined, nu: number = Date.now()): number | undefined {
  if (!waarde) return undefined;
  const seconden = Number(waarde.trim());
  if (Number.isFinite(seconden) && seconden >= 0) return Math.round(seconden * 1000);
  const datum = Date.parse(waarde);
  return Number.isNaN(datum) ? undefined : Math.max(0, datum - nu);
}

/** Reads an error of the Bot Framework connector client (a RestError with status and response headers), or a network failure. */
export function leesStoring(error: unknown): Storing {
  const e = error as { statusCode?: unknown; response?: { headers?: { get?: (naam: string) => string | null | undefined } } };
  const status = typeof e?.statusCode === "number" ? e.statusCode : undefined;
  const retryAfterMs = leesRetryAfter(e?.response?.headers?.get?.("retry-after"));
  // No status: the request never got an answer (refused, reset, timed out): worth another try.
  return { ...(status !== undefined ? { status } : {}), ...(retryAfterMs !== undefined ? { retryAfterMs } : {}), tijdelijk: status === undefined || TIJDELIJK.has(status) };
}

/** Backoff of the outbox: exponential from `basisMs`, capped, with "equal jitter" (between half and all of it); a Retry-After wins when it is longer. */
export function wachttijd(pogingen: number, storing: Storing, opties = { basisMs: 30_000, maxMs: 3_600_000 }, toeval: () => number = Math.random): number {
  const plafond = Math.min(opties.maxMs, opties.basisMs * 2 ** Math.min(pogingen, 20));
  const metJitter = Math.round(plafond / 2 + (toeval() * plafond) / 2);
  return Math.max(metJitter, storing.retryAfterMs ?? 0);
}
