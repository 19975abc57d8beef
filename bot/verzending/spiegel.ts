import type { Activity } from "botbuilder";
import type { Conversatieverwijzing } from "../../src/services/bezorging.js";
import type { Logger } from "../log.js";
import { leesStoring } from "./storing.js";
import type { Bestemming, Tempo } from "./tempo.js";

/** Runs logic in a stored conversation and throws what it threw. */
type ZekereBezorger = (verwijzing: Conversatieverwijzing, logic: (context: { updateActivity(activity: Partial<Activity>): Promise<unknown> }) => Promise<void>) => Promise<void>;

/** What the mirror needs: a way into a conversation, the pacing, and the log. */
export interface SpiegelDeps {
  bezorg: ZekereBezorger;
  tempo: Tempo;
  bestemming: (v: Conversatieverwijzing) => Bestemming;
  log: Logger;
}

/**
 * Updates cards already in people's chats: the card a clicker was answered with (Teams shows
 * the answer to the clicker at once; the message update is what their other devices and a
 * reload show), and a delivered card brought up to date after a change. One queue per
 * message: paced behind every new message, one update at a time, and only with the newest
 * card, so cards that come while one waits replace it and an older card never lands after a
 * newer one. Best effort: a failure is logged; the card stays as it was. At a stop, what
 * waits is dropped (the clicker has the card already, and the next action or refresh puts
 * the message right), and what is on its way may finish.
 */
export function maakSpiegel(deps: SpiegelDeps) {
  /** The newest card per message still to be put in place. */
  const wachtend = new Map<string, { verwijzing: Conversatieverwijzing; activiteit: Partial<Activity> }>();
  /** Messages with a run under way; the run ends in the same tick as it finds nothing more waiting. */
  const bezig = new Set<string>();
  /** Updates sent to Teams and not yet answered. */
  const onderweg = new Set<Promise<void>>();
  /** Runs waiting for their turn or for Teams' answer, woken by the stop. */
  const wekkers = new Set<() => void>();
  let gestopt = false;
  /** Cards not sent because of the stop. */
  let weggelaten = 0;

  /** `belofte`, or "gestopt" as soon as the stop comes (a promise per wait, so nothing piles up on one that lives as long as the bot). */
  const totDeStop = <T>(belofte: Promise<T>): Promise<T | "gestopt"> => {
    if (gestopt) return Promise.resolve("gestopt");
    let wek: () => void = () => undefined;
    const gewekt = new Promise<"gestopt">((klaar) => (wek = () => klaar("gestopt")));
    wekkers.add(wek);
    return Promise.race([belofte, gewekt]).finally(() => wekkers.delete(wek));
  };

  const werkBij = async (sleutel: string, doel: Bestemming): Promise<void> => {
    try {
      while (!gestopt && wachtend.has(sleutel)) {
        if ((await totDeStop(deps.tempo.beurt(doel, Number.POSITIVE_INFINITY, "laag"))) === "gestopt") break;
        const volgende = wachtend.get(sleutel);
        if (!volgende) break;
        wachtend.delete(sleutel);
        const { verwijzing, activiteit } = volgende;
        const update = deps.bezorg(verwijzing, async (context) => void (await context.updateActivity(activiteit))).catch((error: unknown) => {
          const storing = leesStoring(error);
          if (storing.retryAfterMs !== undefined) deps.tempo.pauzeer(doel.tenant, storing.retryAfterMs);
          deps.log("warn", "Bericht niet bijgewerkt; de gebruiker kreeg de kaart wel als antwoord", { status: storing.status, fout: (error as Error).message });
        });
        onderweg.add(update);
        void update.finally(() => onderweg.delete(update));
        // Until the stop, the next card of this message waits for Teams' answer; from then on `stop` keeps track of it.
        await totDeStop(update);
      }
    } catch (error) {
      deps.log("warn", "Bericht niet bijgewerkt; de gebruiker kreeg de kaart wel als antwoord", { fout: (error as Error).message });
    } finally {
      // In the same tick as the loop found nothing more: a card queued from now on starts a new run.
      if (wachtend.delete(sleutel) && gestopt) weggelaten++;
      bezig.delete(sleutel);
    }
  };

  return {
    /** Queue `activiteit` (with the id of the message it replaces) for `verwijzing`'s chat; resolves once that message is up to date or given up. Undefined when a run for that message is already under way (it takes this card along), or after the stop (the card is dropped). */
    vervang(verwijzing: Conversatieverwijzing, activiteit: Partial<Activity> & { id: string }): Promise<void> | undefined {
      if (gestopt) {
        weggelaten++;
        return undefined;
      }
      const doel = deps.bestemming(verwijzing);
      const sleutel = `${doel.gesprek}|${activiteit.id}`;
      wachtend.set(sleutel, { verwijzing, activiteit });
      if (bezig.has(sleutel)) return undefined;
      bezig.add(sleutel);
      return werkBij(sleutel, doel);
    },

    /**
     * Stop: every run ends at once, and the cards still waiting (and any queued from now on)
     * are dropped. Resolves when the updates already on their way have Teams' answer.
     */
    stop(): Promise<unknown> {
      gestopt = true;
      for (const wek of wekkers) wek();
      return Promise.all([...onderweg]);
    },

    /** Since the stop: how many cards were dropped, and how many updates still wait for Teams' answer. */
    telling(): { overgeslagen: number; onderweg: number } {
      return { overgeslagen: weggelaten, onderweg: onderweg.size };
    },
  };
}
