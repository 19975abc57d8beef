import { Mutex } from "async-mutex";
import { CardFactory, type ConversationReference, type TurnContext } from "botbuilder";
import type { Kaart } from "../cards/render.js";
import type { Aanvraag } from "../src/domain/aanvraag.js";
import { datumVan, formatDatum } from "../src/domain/datum.js";
import type { Conversatieverwijzing, Uitgaand } from "../src/storage/ports.js";
import { beslissingKaart, uitslagKaart } from "./beslissing/kaarten.js";
import { teLaatKaart, voortgangKaart } from "./voortgang/kaart.js";
import type { BotDeps } from "./deps.js";

/** Runs bot logic in a stored conversation: the adapter's proactive entry, injectable for tests. */
export type Bezorger = (verwijzing: Conversatieverwijzing, logic: (context: TurnContext) => Promise<void>) => Promise<void>;

/** The Teams user ids (MRI) of the people who may see the live state of an aanvraag's decision card. */
export async function refreshIds(deps: Pick<BotDeps, "store" | "beslissingen">, a: Aanvraag): Promise<string[]> {
  const personen = [a.consulentId, ...(await deps.beslissingen.beslissers(a))];
  const ids = await Promise.all(personen.map(async (p) => ((await deps.store.conversaties.haal(p))?.user as { id?: string } | undefined)?.id));
  return [...new Set(ids.filter((id): id is string => typeof id === "string"))].slice(0, 60);
}

/** The card a person gets about an aanvraag, rendered from its state now. */
export async function kaartVoor(deps: BotDeps, a: Aanvraag, persoonId: string, soort: Uitgaand["soort"], afspraak?: Uitgaand["afspraak"]): Promise<Kaart> {
  const r = deps.beslissingen.regeling(a);
  if (soort === "voortgang" && afspraak) return voortgangKaart(deps, a, r, afspraak);
  if (soort === "voortgang-te-laat" && afspraak) return teLaatKaart(deps, a, r, afspraak);
  const positie = await deps.beslissingen.positie(a);
  if (soort === "beslissing" || soort === "termijn-beslisser")
    return beslissingKaart(deps, a, r, {
      open: (await deps.beslissingen.mag(persoonId, a)).mag,
      positie,
      userIds: await refreshIds(deps, a),
      ...(soort === "termijn-beslisser" && a.status.fase === "ingediend"
        ? { melding: `Herinnering: deze aanvraag wacht sinds ${formatDatum(datumVan(new Date(a.status.ingediendOp)))} op je besluit; de norm is ${deps.config.swv.beslistermijnSchooldagen} schooldagen.`, meldingKleur: "Warning" as const }
        : {}),
    });
  if (soort === "voortgang" || soort === "voortgang-te-laat") return uitslagKaart(deps, a, r, "termijn-staf", positie);
  return uitslagKaart(deps, a, r, soort, positie);
}

/**
 * Delivers the outbox: every message owed to someone who can be reached, rendered at
 * the moment of sending. One delivery at a time in this process; a failure stays in
 * the outbox for the next round. Never logs pupil data.
 */
export function maakNotifier(deps: Omit<BotDeps, "notifier">, bezorg: Bezorger) {
  const slot = new Mutex();
  const volledig = () => deps as BotDeps;
  /** The adapter hands errors in proactive logic to its turn error handler; this brings them back, so a failed send is never taken for sent. */
  const bezorgZeker: Bezorger = async (verwijzing, logic) => {
    let fout: unknown;
    await bezorg(verwijzing, async (context) => {
      try {
        await logic(context);
      } catch (error) {
        fout = error;
      }
    });
    if (fout !== undefined) throw fout;
  };

  const bezorgOpenstaand = async (persoonId?: string): Promise<void> => {
    for (const u of await deps.store.uitgaand.openstaand(persoonId)) {
      const verwijzing = await deps.store.conversaties.haal(u.persoonId);
      if (!verwijzing) continue;
      const a = await deps.store.aanvragen.haal(u.aanvraagId);
      if (!a) {
        await deps.store.uitgaand.markeerVerzonden(u.id, { op: deps.klok().toISOString() });
        continue;
      }
      try {
        const kaart = await kaartVoor(volledig(), a, u.persoonId, u.soort, u.afspraak);
        let activiteitId: string | undefined;
        await bezorgZeker(verwijzing, async (context) => {
          activiteitId = (await context.sendActivity({ attachments: [CardFactory.adaptiveCard(kaart)] }))?.id;
        });
        await deps.store.uitgaand.markeerVerzonden(u.id, { op: deps.klok().toISOString(), activiteitId });
      } catch (error) {
        deps.log("warn", "Bericht niet bezorgd; volgende ronde opnieuw", { bericht: u.id, soort: u.soort, fout: (error as Error).message });
        await deps.store.uitgaand.markeerMislukt(u.id, (error as Error).message);
      }
    }
  };

  return {
    /** Send what is owed, to one person or to everyone. Never throws: what is not sent stays owed for the planner. */
    async verstuur(persoonId?: string): Promise<void> {
      try {
        await slot.runExclusive(() => bezorgOpenstaand(persoonId));
      } catch (error) {
        deps.log("error", "Bezorgen onderbroken; de planner probeert het opnieuw", { fout: (error as Error).message });
      }
    },

    /** Bring every delivered decision card of an aanvraag up to date, for example read-only after the decision. */
    async werkBij(aanvraagId: string): Promise<void> {
      const a = await deps.store.aanvragen.haal(aanvraagId);
      if (!a) return;
      for (const u of await deps.store.uitgaand.vanAanvraag(aanvraagId)) {
        if (u.soort !== "beslissing" || !u.activiteitId) continue;
        const verwijzing = await deps.store.conversaties.haal(u.persoonId);
        if (!verwijzing) continue;
        try {
          const kaart = await kaartVoor(volledig(), a, u.persoonId, u.soort);
          await bezorgZeker(verwijzing, async (context) => {
            await context.updateActivity({ id: u.activiteitId, type: "message", attachments: [CardFactory.adaptiveCard(kaart)] });
          });
        } catch (error) {
          deps.log("warn", "Beslissingskaart niet bijgewerkt", { bericht: u.id, fout: (error as Error).message });
        }
      }
    },
  };
}

/** The notifier of a running bot. */
export type Notifier = ReturnType<typeof maakNotifier>;

/** The production Bezorger: the adapter's proactive continuation with the bot's app id. */
export function adapterBezorger(adapter: { continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> }, botId: string): Bezorger {
  return (verwijzing, logic) => adapter.continueConversationAsync(botId, verwijzing as unknown as Partial<ConversationReference>, logic);
}
