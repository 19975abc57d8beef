import { setTimeout as slaap } from "node:timers/promises";
import Bottleneck from "bottleneck";

/** Teams' limits for one bot: messages per second in one conversation, and for the whole tenant. */
export interface Tempolimieten {
  perGesprek: number;
  perTenant: number;
}

/** Teams allows 7 messages a second per conversation and about 30 a second per app per tenant; we stay well under the latter. */
export const TEAMS_TEMPO: Tempolimieten = { perGesprek: 7, perTenant: 15 };

/** "laag": waits behind every "gewoon" call queued for the same conversation or tenant (copies of a card the clicker already has). */
export type Voorrang = "gewoon" | "laag";

/** Where a message goes: its conversation, inside its tenant. */
export interface Bestemming {
  gesprek: string;
  tenant: string;
}

/**
 * Paces outgoing calls to Teams: one call into a conversation at most every 1/`perGesprek`
 * second, and into a tenant every 1/`perTenant` second. Bottleneck spaces the launches
 * by the clock at launch time, so calls held up by a busy event loop do not go out in a
 * burst afterwards. A Retry-After from Teams pauses the whole tenant until it has passed.
 */
export function maakTempo(limieten: Tempolimieten = TEAMS_TEMPO, wacht: (ms: number) => Promise<unknown> = slaap) {
  const gesprekken = new Bottleneck.Group({ minTime: Math.ceil(1000 / limieten.perGesprek), timeout: 60_000 });
  const tenants = new Bottleneck.Group({ minTime: Math.ceil(1000 / limieten.perTenant), timeout: 60_000 });
  const pauzeTot = new Map<string, number>();
  const niets = () => Promise.resolve();

  return {
    /**
     * Resolves to 0 when a call to this destination may go out now. While Teams' Retry-After
     * pauses the tenant for longer than `maxPauzeMs`, it does not wait but resolves to the
     * pause left in ms: a sender should not sit on claimed messages that long. A "laag" call
     * waits behind the "gewoon" ones queued for the same conversation or tenant.
     */
    async beurt(b: Bestemming, maxPauzeMs = Number.POSITIVE_INFINITY, voorrang: Voorrang = "gewoon"): Promise<number> {
      const plaats = { priority: voorrang === "laag" ? 9 : 5 };
      await gesprekken.key(b.gesprek).schedule(plaats, niets);
      for (;;) {
        const pauze = (pauzeTot.get(b.tenant) ?? 0) - Date.now();
        if (pauze > maxPauzeMs) return pauze;
        if (pauze > 0) await wacht(pauze);
        await tenants.key(b.tenant).schedule(plaats, niets);
        if ((pauzeTot.get(b.tenant) ?? 0) <= Date.now()) return 0;
      }
    },
    /** Teams asked to slow down: nothing more to this tenant for `ms`. */
    pauzeer(tenant: string, ms: number): void {
      pauzeTot.set(tenant, Math.max(pauzeTot.get(tenant) ?? 0, Date.now() + ms));
    },
  };
}

/** The pacing of a running bot. */
export type Tempo = ReturnType<typeof maakTempo>;
