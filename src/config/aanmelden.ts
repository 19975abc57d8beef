/** The environment variables that decide how a staff member signs in to download the report. */
export interface AanmeldVelden {
  BOT_ID?: string | undefined;
  BOT_PASSWORD?: string | undefined;
  BOT_TENANT_ID?: string | undefined;
  AANMELDEN_ISSUER?: string | undefined;
  AANMELDEN_CLIENT_ID?: string | undefined;
  AANMELDEN_CLIENT_SECRET?: string | undefined;
}

/**
 * How a download link is bound to its person: `verplicht`, sign-in with Entra ID (OpenID
 * Connect) before the file; `open`, the anonymous local mode (no BOT_ID, no sign-in set up)
 * where the link alone is enough; `niet-ingericht`, real Teams (BOT_ID) without what sign-in needs:
 * then no link is issued at all.
 */
export type Aanmelden =
  | { soort: "verplicht"; issuer: string; clientId: string; clientSecret: string }
  | { soort: "open" }
  | { soort: "niet-ingericht"; ontbreekt: string[] };

/** Entra ID's issuer for one tenant (v2.0 endpoints). */
export const entraIssuer = (tenant: string) => `https://login.microsoftonline.com/${encodeURIComponent(tenant)}/v2.0`;

/** Decide the sign-in for downloads from the environment: explicit AANMELDEN_* first, then the bot's own app registration. */
export function aanmeldInstelling(o: AanmeldVelden): Aanmelden {
  const issuer = o.AANMELDEN_ISSUER ?? (o.BOT_TENANT_ID !== undefined ? entraIssuer(o.BOT_TENANT_ID) : undefined);
  const clientId = o.AANMELDEN_CLIENT_ID ?? o.BOT_ID;
  const clientSecret = o.AANMELDEN_CLIENT_SECRET ?? o.BOT_PASSWORD;
  if (issuer !== undefined && clientId !== undefined && clientSecret !== undefined) return { soort: "verplicht", issuer, clientId, clientSecret };
  const ingesteld = o.BOT_ID !== undefined || o.AANMELDEN_ISSUER !== undefined || o.AANMELDEN_CLIENT_ID !== undefined || o.AANMELDEN_CLIENT_SECRET !== undefined;
  if (!ingesteld) return { soort: "open" };
  const ontbreekt = [
    ...(issuer === undefined ? ["AANMELDEN_ISSUER (of BOT_TENANT_ID)"] : []),
    ...(clientId === undefined ? ["AANMELDEN_CLIENT_ID (of BOT_ID)"] : []),
    ...(clientSecret === undefined ? ["AANMELDEN_CLIENT_SECRET (of BOT_PASSWORD)"] : []),
  ];
  return { soort: "niet-ingericht", ontbreekt };
}
