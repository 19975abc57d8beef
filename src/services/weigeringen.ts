import type { AuditRegel, Store } from "../storage/ports.js";

/** A refused attempt as the audit keeps it: who, what, when, a code; never what was typed. */
export interface Weigering {
  actor: string;
  actie: string;
  reden: string;
  aanvraagId?: string;
}

/** How many refusals of one actor are written per window; the rest are counted and summed up in one line. */
export interface Weigerlimiet {
  perVenster: number;
  vensterMs: number;
}

/** Ten refusals a minute per actor: enough for every honest mistake, too few for a flood to fill the audit. */
export const WEIGERLIMIET: Weigerlimiet = { perVenster: 10, vensterMs: 60_000 };

/** Actors tracked at once; a flood of made-up ids cannot grow the memory beyond this. */
const MAX_ACTOREN = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The audit of refused attempts (a stranger, a button or command of another role, an
 * aanvraag out of sight), rate-limited per actor: the first `perVenster` in a window are
 * written, the rest counted; the next refusal after the window writes how many were left out.
 */
export function weigeringService(deps: { store: Pick<Store, "audit">; klok: () => Date; limiet?: Weigerlimiet }) {
  const limiet = deps.limiet ?? WEIGERLIMIET;
  const vensters = new Map<string, { begin: number; geschreven: number; overgeslagen: number }>();
  return {
    /** Audits one refusal, unless this actor already had their share of this window. */
    async leg(w: Weigering): Promise<void> {
      const nu = deps.klok();
      const actor = w.actor.slice(0, 200) || "onbekend";
      let v = vensters.get(actor);
      const regels: AuditRegel[] = [];
      if (!v || nu.getTime() - v.begin >= limiet.vensterMs) {
        if (v && v.overgeslagen > 0)
          regels.push({ op: nu.toISOString(), actor, actie: "weigeringen-samengevat", uitkomst: "geweigerd", reden: `${v.overgeslagen} geweigerde pogingen niet apart vastgelegd` });
        if (!vensters.has(actor) && vensters.size >= MAX_ACTOREN) vensters.delete(vensters.keys().next().value!);
        v = { begin: nu.getTime(), geschreven: 0, overgeslagen: 0 };
        vensters.set(actor, v);
      }
      if (v.geschreven >= limiet.perVenster) {
        v.overgeslagen += 1;
      } else {
        v.geschreven += 1;
        regels.push({ op: nu.toISOString(), actor, actie: w.actie.slice(0, 100), uitkomst: "geweigerd", reden: w.reden.slice(0, 200), ...(w.aanvraagId && UUID.test(w.aanvraagId) ? { aanvraagId: w.aanvraagId } : {}) });
      }
      for (const r of regels) await deps.store.audit.voegToe(r);
    },
  };
}

/** The refusal audit as built for one store. */
export type WeigeringService = ReturnType<typeof weigeringService>;
