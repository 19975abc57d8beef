import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One call the bot made to the connector service. */
export interface Verzonden {
  methode: string;
  pad: string;
  body: Record<string, unknown>;
  /** The HTTP status the stand-in answered with. */
  status: number;
  /** When it arrived (ms since the epoch, real time). */
  op: number;
}

/** How the stand-in answers a call instead of 200: a status, with headers such as Retry-After; status 0 drops the connection unanswered after `naMs`. */
export type Storingsantwoord = number | { status: number; headers?: Record<string, string>; naMs?: number };

/** A member of a conversation as Teams describes one (GET /v3/conversations/{id}/members/{userId}). */
export interface Lid {
  aadObjectId: string;
  email?: string;
  userPrincipalName?: string;
  name?: string;
}

/**
 * A loopback stand-in for the Teams connector service: it records every activity the bot sends,
 * and answers the member lookup from `leden` as Teams does (404 for someone it does not know).
 */
export interface Connector {
  url: string;
  verzonden: Verzonden[];
  /** Members by Entra object id; the bot's user id `29:<object id>` finds them too. */
  leden: Map<string, Lid>;
  /** The member lookups the bot made, by the user id in the path: not activities, so not in `verzonden`. */
  opgevraagd: string[];
  /** When set, answers a call with this HTTP status instead of 200 (the call is still recorded). */
  storing?: (methode: string, pad: string) => Storingsantwoord | undefined;
  /** When set, the answer to a call waits for this promise (the call is recorded first): to catch the bot mid-send. */
  houdVast?: (methode: string, pad: string) => Promise<void> | undefined;
  stop: () => Promise<void>;
}

async function leesBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const stukken: Buffer[] = [];
  for await (const stuk of req) stukken.push(stuk as Buffer);
  const tekst = Buffer.concat(stukken).toString("utf8");
  return tekst === "" ? {} : (JSON.parse(tekst) as Record<string, unknown>);
}

/** Start the loopback connector on a free port. */
export async function startConnector(): Promise<Connector> {
  const verzonden: Verzonden[] = [];
  let volgnummer = 0;
  const connector: Connector = { url: "", verzonden, leden: new Map(), opgevraagd: [], stop: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    const body = await leesBody(req);
    const lid = req.method === "GET" ? /^\/v3\/conversations\/[^/]+\/members\/([^/?]+)$/.exec(req.url ?? "") : null;
    if (lid) {
      const userId = decodeURIComponent(lid[1]!);
      connector.opgevraagd.push(userId);
      const gevonden = connector.leden.get(userId.replace(/^29:/, ""));
      res.writeHead(gevonden ? 200 : 404, { "content-type": "application/json" });
      res.end(JSON.stringify(gevonden ? { id: userId, name: gevonden.name ?? "Testgebruiker", tenantId: "tenant", userRole: "user", ...gevonden } : { error: { code: "MemberNotFoundInConversation", message: "The member could not be found in the conversation." } }));
      return;
    }
    const antwoord = connector.storing?.(req.method ?? "", req.url ?? "");
    const storing = typeof antwoord === "number" ? { status: antwoord } : antwoord;
    verzonden.push({ methode: req.method ?? "", pad: req.url ?? "", body, status: storing?.status ?? 200, op: Date.now() });
    await connector.houdVast?.(req.method ?? "", req.url ?? "");
    if (storing?.status === 0) {
      setTimeout(() => req.socket.destroy(), storing.naMs ?? 0);
      return;
    }
    if (storing !== undefined) {
      res.writeHead(storing.status, { "content-type": "application/json", ...storing.headers });
      res.end(JSON.stringify({ error: { code: "Storing", message: "gesimuleerde storing" } }));
      return;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ id: `activiteit-${++volgnummer}` }));
  });
  await new Promise<void>((klaar) => server.listen(0, "127.0.0.1", klaar));
  const { port } = server.address() as AddressInfo;
  connector.url = `http://127.0.0.1:${port}/`;
  connector.stop = () => new Promise<void>((klaar) => server.close(() => klaar()));
  return connector;
}
