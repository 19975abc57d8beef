import { randomUUID } from "node:crypto";

/** One turn as Teams sends it, timed from the request to the bot's HTTP answer (replies to the connector included). */
export async function beurt(poort: number, connectorUrl: string, van: string, activiteit: Record<string, unknown>): Promise<{ ms: number; status: number; body: unknown }> {
  const begin = performance.now();
  const res = await fetch(`http://127.0.0.1:${poort}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      id: randomUUID(),
      channelId: "msteams",
      serviceUrl: connectorUrl,
      timestamp: new Date().toISOString(),
      from: { id: `29:${van}`, aadObjectId: van, name: "Bench" },
      recipient: { id: "28:bot", name: "bot" },
      conversation: { id: `a:persoonlijk-${van}`, conversationType: "personal", tenantId: "tenant" },
      ...activiteit,
    }),
  });
  const tekst = await res.text();
  return { ms: performance.now() - begin, status: res.status, body: tekst ? (JSON.parse(tekst) as unknown) : undefined };
}

export const bericht = (tekst: string) => ({ type: "message", text: tekst });
/** A card action as Teams sends it: with the id of the message that holds the card (`replyToId`). */
export const kaartactie = (verb: string, data: Record<string, unknown>, bericht = "kaart-1") => ({ type: "invoke", name: "adaptiveCard/action", replyToId: bericht, value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" } });

/** Runs `per` in `gelijktijdig` lanes until all `aantal` items are done. */
export async function inBanen<T>(items: readonly T[], gelijktijdig: number, per: (item: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(Array.from({ length: Math.min(gelijktijdig, items.length) }, async () => {
    while (i < items.length) await per(items[i++]!);
  }));
}

/** The Action.Execute titled `titel` somewhere in a card (its verb and data), as a user would press it. */
export function zoekActie(kaart: unknown, titel: string): { verb: string; data: Record<string, unknown> } | undefined {
  if (typeof kaart !== "object" || kaart === null) return undefined;
  const o = kaart as Record<string, unknown>;
  if (o.type === "Action.Execute" && o.title === titel) return { verb: String(o.verb), data: (o.data ?? {}) as Record<string, unknown> };
  for (const w of Object.values(o)) {
    const gevonden = Array.isArray(w) ? w.map((x) => zoekActie(x, titel)).find(Boolean) : zoekActie(w, titel);
    if (gevonden) return gevonden;
  }
  return undefined;
}
