import { expect } from "vitest";
import type { Regeling } from "../../src/domain/regeling.js";
import type { BotOpHttp } from "./bot.js";
import { schoolweken } from "../../src/domain/kalender.js";
import { MARK, SANNE, demoConfig } from "./demo.js";
import { gebruiker, type Gebruiker } from "./gebruiker.js";
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

/**
 * A granted traject: Sanne and Mark open the bot, Sanne submits a full aanvraag of
 * `regeling` at 01AA (a PO school of Mark's stadsdeel) starting `start`, and Mark grants it
 * for `start` to `eind` with the amount asked.
 */
export async function toegekendTraject(h: BotOpHttp, regeling: Regeling, periode: { start: string; eind: string; schoolweken?: string }): Promise<{ sanne: Gebruiker; mark: Gebruiker }> {
  const sanne = gebruiker(h, SANNE);
  const mark = gebruiker(h, MARK);
  await sanne.zeg("hallo");
  await mark.zeg("hallo");
  await dienVolledigIn(sanne, regeling, "01AA", { start: periode.start });
  const beslis = kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!;
  // The decider changes the dates, so states the school weeks of the granted period (by default as the demo calendar counts them).
  const weken = periode.schoolweken ?? String(schoolweken(periode, demoConfig.swv.schoolvakanties));
  await mark.klik(beslis, "Toekennen", { start: periode.start, eind: periode.eind, schoolweken: weken });
  return { sanne, mark };
}
