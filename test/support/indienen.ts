import { expect } from "vitest";
import type { Regeling } from "../../src/domain/regeling.js";
import type { BotOpHttp } from "./bot.js";
import type { Gebruiker } from "./gebruiker.js";
import { vulStapIn, type Vulopties } from "./invullen.js";
import { foutenVan, tekstVan, type KaartJson } from "./kaart.js";

/** A consulent fills in an aanvraag completely through the cards and submits it; resolves to the card they get back. */
export async function dienVolledigIn(g: Gebruiker, regeling: Regeling, brin: string, opties: Vulopties = {}): Promise<KaartJson> {
  return g.klik(await vulVolledigIn(g, regeling, brin, opties), "Indienen");
}

/** A consulent fills in every step of an aanvraag; resolves to the summary card with its Indienen button. */
export async function vulVolledigIn(g: Gebruiker, regeling: Regeling, brin: string, opties: Vulopties = {}): Promise<KaartJson> {
  const { kaarten } = await g.zeg("nieuwe aanvraag");
  let kaart = await g.klik(kaarten.at(-1)!, "Beginnen", { regelingId: regeling.id, brin });
  for (let i = 0; i < 20 && !tekstVan(kaart).includes("Controleren en indienen"); i++) {
    kaart = await g.klik(kaart, tekstVan(kaart).includes("Naar controleren") ? "Naar controleren" : "Volgende", vulStapIn(kaart, regeling, opties));
    expect(foutenVan(kaart), tekstVan(kaart)).toEqual([]);
  }
  return kaart;
}

/** The cards the bot sent to one person's personal chat, proactively or as replies, in order. */
export function kaartenAan(h: BotOpHttp, persoonId: string): KaartJson[] {
  return h.connector.verzonden
    .filter((v) => v.methode === "POST" && v.status === 200 && decodeURIComponent(v.pad).includes(`a:persoonlijk-${persoonId}/`))
    .flatMap((v) => ((v.body.attachments as { content: KaartJson }[] | undefined) ?? []).map((a) => a.content));
}

/** The card updates the bot sent for messages in one person's chat. */
export function bijgewerktBij(h: BotOpHttp, persoonId: string): KaartJson[] {
  return h.connector.verzonden
    .filter((v) => v.methode === "PUT" && v.status === 200 && decodeURIComponent(v.pad).includes(`a:persoonlijk-${persoonId}/`))
    .flatMap((v) => ((v.body.attachments as { content: KaartJson }[] | undefined) ?? []).map((a) => a.content));
}
