import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { BotOpHttp } from "./bot.js";
import { actieVan, invoerVan, ongebonden, type KaartJson } from "./kaart.js";

/** Someone using the bot over HTTP, as a Teams client would: typing, and pressing card buttons. */
export interface Gebruiker {
  /** Type a message; resolves to the cards and texts the bot sent back. */
  zeg: (tekst: string) => Promise<{ kaarten: KaartJson[]; teksten: string[] }>;
  /** Press a button on a card after typing into some of its inputs; resolves to the card that replaces it. */
  klik: (kaart: KaartJson, titel: string, typ?: Record<string, string>, opties?: Klikopties) => Promise<KaartJson>;
  /** The same, also resolving to the new messages the click sent into this person's chat (details, a download link). */
  klikMetBerichten: (kaart: KaartJson, titel: string, typ?: Record<string, string>, opties?: Klikopties) => Promise<{ kaart: KaartJson; berichten: KaartJson[] }>;
}

/** Which message in the chat holds the pressed card (Teams sends it as the invoke's replyToId); "kaart-1" unless told. */
export interface Klikopties {
  bericht?: string;
}

/**
 * Drive the bot as the person with this Entra object id. After a click, the messages the bot
 * sends others from the outbox are awaited too, unless `wachtOpBezorging` is false.
 */
export function gebruiker(h: BotOpHttp, id: string, opties: { wachtOpBezorging?: boolean } = {}): Gebruiker {
  const conversatie = { id: `a:persoonlijk-${id}`, conversationType: "personal", tenantId: "tenant" };
  const basis = () => ({
    id: randomUUID(),
    channelId: "msteams",
    serviceUrl: h.connector.url,
    timestamp: new Date().toISOString(),
    from: { id: `29:${id}`, aadObjectId: id, name: "Testgebruiker" },
    recipient: { id: "28:maatwerkbot", name: "maatwerkbot" },
    conversation: conversatie,
  });
  const post = (activiteit: Record<string, unknown>) =>
    fetch(`http://127.0.0.1:${h.bot.poort}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...basis(), ...activiteit }),
    });
  const getypt = new Set<string>();
  const gecontroleerd = (kaart: KaartJson) => {
    expect(ongebonden(kaart, getypt), "geen ongebonden ${...} op een kaart").toEqual([]);
    return kaart;
  };
  return {
    async zeg(tekst) {
      const voor = h.connector.verzonden.length;
      const res = await post({ type: "message", text: tekst });
      expect(res.status).toBe(200);
      const nieuw = h.connector.verzonden.slice(voor).filter((v) => v.methode === "POST");
      const kaarten = nieuw.flatMap((v) => ((v.body.attachments as { content: KaartJson }[] | undefined) ?? []).map((a) => a.content));
      const teksten = nieuw.map((v) => v.body.text).filter((t): t is string => typeof t === "string");
      return { kaarten: kaarten.map(gecontroleerd), teksten };
    },
    async klik(kaart, titel, typ = {}, klikopties = {}) {
      return (await this.klikMetBerichten(kaart, titel, typ, klikopties)).kaart;
    },
    async klikMetBerichten(kaart, titel, typ = {}, klikopties = {}) {
      const voor = h.connector.verzonden.length;
      const actie = actieVan(kaart, titel);
      Object.values(typ).forEach((t) => getypt.add(t));
      const invoer = actie.associatedInputs === "none" ? {} : { ...invoerVan(kaart), ...typ };
      const res = await post({
        type: "invoke",
        name: "adaptiveCard/action",
        replyToId: klikopties.bericht ?? "kaart-1",
        value: { action: { type: "Action.Execute", verb: actie.verb, data: { ...actie.data, ...invoer } }, trigger: "manual" },
      });
      expect(res.status).toBe(200);
      const antwoord = (await res.json()) as { statusCode: number; type: string; value: KaartJson };
      expect(antwoord.type).toBe("application/vnd.microsoft.card.adaptive");
      // The answer comes first; the messages to others and the refresh of earlier cards follow it
      // from the outbox. Wait for those, as a user would see them a moment later (a bot in another process has no `rust`).
      const eigen = h.connector.verzonden
        .slice(voor)
        .filter((v) => v.methode === "POST" && decodeURIComponent(v.pad).includes(`/conversations/${conversatie.id}/`));
      if (opties.wachtOpBezorging !== false) await h.bot.rust?.();
      const berichten = eigen.flatMap((v) => ((v.body.attachments as { content: KaartJson }[] | undefined) ?? []).map((a) => gecontroleerd(a.content)));
      return { kaart: gecontroleerd(antwoord.value), berichten };
    },
  };
}
