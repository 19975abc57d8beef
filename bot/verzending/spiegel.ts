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
 * newer one. Best effort: a failure is logged; the card stays as it was.
 */
export function maakSpiegel(deps: SpiegelDeps) {
  /** The newest card per message still to be put in place. */
  const wachtend = new Map<string, { verwijzing: Conversatieverwijzing; activiteit: Partial<Activity> }>();
  /** Messages with a run under way; the run ends in the same tick as it finds nothing more waiting. */
  const bezig = new Set<string>();

  const werkBij = async (sleutel: string, doel: Bestemming): Promise<void> => {
    try {
      while (wachtend.has(sleutel)) {
        await deps.tempo.beurt(doel, Number.POSITIVE_INFINITY, "laag");
        const { verwijzing, activiteit } = wachtend.get(sleutel)!;
        wachtend.delete(sleutel);
        try {
          await deps.bezorg(verwijzing, async (context) => void (await context.updateActivity(activiteit)));
        } catch (error) {
          const storing = leesStoring(error);
          if (storing.retryAfterMs !== undefined) deps.tempo.pauzeer(doel.tenant, storing.retryAfterMs);
          deps.log("warn", "Bericht niet bijgewerkt; de gebruiker kreeg de kaart wel als antwoord", { status: storing.status, fout: (error as Error).message });
        }
      }
    } catch (error) {
      deps.log("warn", "Bericht niet bijgewerkt; de gebruiker kreeg de kaart wel als antwoord", { fout: (error as Error).message });
    } finally {
      // In the same tick as the loop found nothing more: a card queued from now on starts a new run.
      wachtend.delete(sleutel);
      bezig.delete(sleutel);
    }
  };

  return {
    /** Queue `activiteit` (with the id of the message it replaces) for `verwijzing`'s chat; resolves once that message is up to date or given up. Undefined when a run for that message is already under way (it takes this card along). */
    vervang(verwijzing: Conversatieverwijzing, activiteit: Partial<Activity> & { id: string }): Promise<void> | undefined {
      const doel = deps.bestemming(verwijzing);
      const sleutel = `${doel.gesprek}|${activiteit.id}`;
      wachtend.set(sleutel, { verwijzing, activiteit });
      if (bezig.has(sleutel)) return undefined;
      bezig.add(sleutel);
      return werkBij(sleutel, doel);
    },
  };
}
