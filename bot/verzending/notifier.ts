import { Mutex } from "async-mutex";
import { CardFactory, type Activity, type ConversationReference, type TurnContext } from "botbuilder";
import type { BezorgingService, Conversatieverwijzing, Uitgaand, Uitslag } from "../../src/services/bezorging.js";
import { kaartenVoor, kaartVoor, type KaartBronnen } from "../kaarten/kaartVoor.js";
import type { Logger } from "../log.js";
import { maakSpiegel } from "./spiegel.js";
import { leesStoring, wachttijd } from "./storing.js";
import type { Bestemming, Tempo } from "./tempo.js";
import { maakVastlegger } from "./vastlegger.js";

/** Runs bot logic in a stored conversation: the adapter's proactive entry, injectable for tests. */
export type Bezorger = (verwijzing: Conversatieverwijzing, logic: (context: TurnContext) => Promise<void>) => Promise<void>;

/** A card in someone's chat: whose, and the id of its message. */
export interface Kaartplek {
  persoonId: string;
  activiteitId: string | undefined;
}

/** The cards whose message is updated when the aanvraag changes phase. */
const BIJTEWERKEN: ReadonlySet<Uitgaand["soort"]> = new Set(["beslissing", "termijn-beslisser", "teruggestuurd"]);

/** How the notifier sends: its pacing, who it is among the instances, and its patience. */
export interface Verzendopties {
  tempo: Tempo;
  /** This instance, for claims in the outbox. */
  instantie: string;
  /** Messages claimed per round; what is claimed and not yet sent when the process dies is not sent again if it is a reminder. */
  batch?: number;
  /** A claim older than this belongs to a sender that died. */
  leaseMs?: number;
  /** A permanent refusal (the bot removed, the conversation gone) is tried this often before the message is given up. */
  maxPogingen?: number;
  /** How long to wait for Teams' answer; a late success is still recorded. */
  tijdslimietMs?: number;
}

/** Whether a promise settles within `ms` ("op-tijd", passing on its failure) or not ("te-laat"). */
async function binnen(belofte: Promise<unknown>, ms: number): Promise<"op-tijd" | "te-laat"> {
  let klok: NodeJS.Timeout | undefined;
  const teLaat = new Promise<"te-laat">((klaar) => (klok = setTimeout(() => klaar("te-laat"), ms)));
  try {
    return await Promise.race([belofte.then(() => "op-tijd" as const), teLaat]);
  } finally {
    clearTimeout(klok);
  }
}

/** Where a conversation lives, for pacing: the conversation and its tenant. */
function bestemming(v: Conversatieverwijzing): Bestemming {
  const tenant = (v.conversation as { tenantId?: unknown }).tenantId;
  return { gesprek: `${v.serviceUrl}|${v.conversation.id}`, tenant: typeof tenant === "string" && tenant !== "" ? tenant : "tenant" };
}

/** What the notifier needs: the outbox and where people are reached, what a card is rendered from, the clock and the log. */
export interface NotifierDeps extends KaartBronnen {
  bezorging: Pick<BezorgingService, "verwijzing" | "aanvraag" | "claim" | "markeerGestart" | "verwerk" | "vanAanvraag">;
  klok: () => Date;
  log: Logger;
}

/**
 * Delivers the outbox: claims what is due in batches (the claim is stored before
 * anything is sent), renders each card at the moment of sending, paces the sends to
 * Teams' limits and records the outcomes many per write. A failure stays owed with a
 * backoff (or Teams' Retry-After); one delivery round at a time in this process.
 * Never logs pupil data.
 */
export function maakNotifier(deps: NotifierDeps, bezorg: Bezorger, opties: Verzendopties) {
  const { tempo, instantie, leaseMs = 15 * 60_000, maxPogingen = 5, tijdslimietMs = 30_000 } = opties;
  const batch = opties.batch ?? 15;
  /** The longest a sender waits for Teams' Retry-After while holding claimed messages: well inside the lease. */
  const maxPauzeMs = Math.min(30_000, leaseMs / 4);
  const slot = new Mutex();
  /** Fan-outs kicked after a turn answered, still running: awaited by `rust` (tests) and `stop`. */
  const lopend = new Set<Promise<void>>();
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
  const spiegel = maakSpiegel({ bezorg: bezorgZeker, tempo, bestemming, log: deps.log });
  /** Resolves when the background work kicked so far is done, and what that kicked in turn. */
  const rust = async (): Promise<void> => {
    while (lopend.size > 0) await Promise.all([...lopend]);
  };
  /** Keeps background work of this notifier until it is done, for `rust`. */
  const volg = (werk: Promise<void>): void => {
    lopend.add(werk);
    void werk.finally(() => lopend.delete(werk));
  };

  /** What a failed send means for the message: tried again after a backoff, or given up when Teams keeps refusing it. */
  const naFout = (u: Uitgaand, doel: Bestemming, error: unknown): Uitslag => {
    const nu = deps.klok().toISOString();
    const storing = leesStoring(error);
    if (storing.retryAfterMs !== undefined) tempo.pauzeer(doel.tenant, storing.retryAfterMs);
    const fout = `${storing.status ?? "geen antwoord"}: ${(error as Error).message}`;
    if (!storing.tijdelijk && u.pogingen + 1 >= maxPogingen) {
      deps.log("error", "Bericht opgegeven: Teams weigert het blijvend", { uitgaandId: u.id, soort: u.soort, status: storing.status, pogingen: u.pogingen + 1 });
      return { id: u.id, soort: "opgegeven", op: nu, reden: fout };
    }
    deps.log("warn", "Bericht niet bezorgd; het wordt later opnieuw geprobeerd", { uitgaandId: u.id, soort: u.soort, status: storing.status, pogingen: u.pogingen + 1 });
    return { id: u.id, soort: "mislukt", fout, volgendePogingOp: new Date(deps.klok().getTime() + wachttijd(u.pogingen, storing)).toISOString() };
  };

  /**
   * Sends one claimed message; resolves to its outcome, or to undefined when Teams has not
   * answered within the time limit: the message then keeps its claim, and its outcome is
   * recorded whenever the answer comes (so it is never sent again while still on its way).
   * A message sent is noted in `getoond` with the version of the aanvraag its card showed.
   */
  const verstuurEen = async (u: Uitgaand, getoond?: Map<string, number>): Promise<Uitslag | undefined> => {
    const nu = () => deps.klok().toISOString();
    const verwijzing = await deps.bezorging.verwijzing(u.persoonId);
    const a = await deps.bezorging.aanvraag(u.aanvraagId);
    if (!verwijzing || !a) return { id: u.id, soort: "opgegeven", op: nu(), reden: !a ? "De aanvraag bestaat niet meer." : "Geen gesprek met deze persoon." };
    const doel = bestemming(verwijzing);
    let activiteitId: string | undefined;
    const verzonden = (): Uitslag => ({ id: u.id, soort: "verzonden", op: nu(), ...(activiteitId ? { activiteitId } : {}) });
    try {
      const [kaart, ...vervolg] = await kaartenVoor(deps, a, u.persoonId, u.soort, u.afspraak);
      // A long Retry-After: release the message until then rather than hold its claim (another instance could take it over meanwhile).
      const pauze = await tempo.beurt(doel, maxPauzeMs);
      if (pauze > 0) return { id: u.id, soort: "uitgesteld", tot: new Date(deps.klok().getTime() + pauze).toISOString() };
      await deps.bezorging.markeerGestart(u.id, nu());
      const verzending = bezorgZeker(verwijzing, async (context) => {
        activiteitId = (await context.sendActivity({ attachments: [CardFactory.adaptiveCard(kaart!)] }))?.id;
        for (const deel of vervolg) await context.sendActivity({ attachments: [CardFactory.adaptiveCard(deel)] });
      });
      if ((await binnen(verzending, tijdslimietMs)) === "te-laat") {
        deps.log("warn", "Teams antwoordt traag; de uitkomst wordt vastgelegd zodra die er is", { uitgaandId: u.id, soort: u.soort });
        verzending.then(
          () => deps.bezorging.verwerk([verzonden()]),
          (error: unknown) => deps.bezorging.verwerk([naFout(u, doel, error)]),
        ).catch((error: unknown) => deps.log("error", "Uitkomst van een trage verzending niet vastgelegd", { uitgaandId: u.id, fout: (error as Error).message }));
        return undefined;
      }
      getoond?.set(u.id, a.versie);
      return verzonden();
    } catch (error) {
      return naFout(u, doel, error);
    }
  };

  const bezorgOpenstaand = async (persoonId?: string, getoond?: Map<string, number>): Promise<void> => {
    for (;;) {
      const { teVersturen, onderbroken } = await deps.bezorging.claim({ door: instantie, nu: deps.klok().toISOString(), max: batch, leaseMs, ...(persoonId ? { persoonId } : {}) });
      for (const u of onderbroken) deps.log("warn", "Herinnering niet opnieuw verstuurd: de vorige verzending werd onderbroken en kan al zijn aangekomen", { uitgaandId: u.id, soort: u.soort });
      if (teVersturen.length === 0) break;
      const vastlegger = maakVastlegger(deps.bezorging);
      await Promise.all(
        teVersturen.map(async (u) => {
          const uitslag = await verstuurEen(u, getoond);
          if (uitslag) vastlegger.leg(uitslag);
        }),
      );
      await vastlegger.klaar();
    }
  };

  /**
   * Bring every delivered card of an aanvraag that shows its phase up to date: decision cards
   * (read-only after the decision), their reminders, the consulent's "ingediend" card and the
   * question after Terugsturen. One message is updated once, as its latest card; `behalve` is a
   * card the turn itself answers, `getoond` the messages just sent with the version their card
   * showed: one that shows the aanvraag as it is now is not sent again.
   */
  const werkBij = async (aanvraagId: string, behalve?: Kaartplek, getoond?: ReadonlyMap<string, number>): Promise<void> => {
    const a = await deps.bezorging.aanvraag(aanvraagId);
    if (!a) return;
    const laatste = new Map<string, Uitgaand>();
    for (const u of await deps.bezorging.vanAanvraag(aanvraagId))
      if (BIJTEWERKEN.has(u.soort) && u.activiteitId && !(u.persoonId === behalve?.persoonId && u.activiteitId === behalve.activiteitId)) laatste.set(`${u.persoonId} ${u.activiteitId}`, u);
    for (const [sleutel, u] of laatste) if (getoond?.get(u.id) === a.versie) laatste.delete(sleutel);
    for (const u of laatste.values()) {
      const verwijzing = await deps.bezorging.verwijzing(u.persoonId);
      if (!verwijzing) continue;
      try {
        const kaart = await kaartVoor(deps, a, u.persoonId, u.soort, u.afspraak);
        // Through the same queue per message as the clicker's own answers, so an older card never lands after this one.
        await spiegel.vervang(verwijzing, { id: u.activiteitId!, type: "message", attachments: [CardFactory.adaptiveCard(kaart)] });
      } catch (error) {
        deps.log("warn", "Kaart niet bijgewerkt", { uitgaandId: u.id, fout: (error as Error).message });
      }
    }
  };

  /** Send what is owed, to one person or to everyone. Never throws: what is not sent stays owed for the planner. */
  const verstuur = async (persoonId?: string, getoond?: Map<string, number>): Promise<void> => {
    try {
      await slot.runExclusive(() => bezorgOpenstaand(persoonId, getoond));
    } catch (error) {
      deps.log("error", "Bezorgen onderbroken; de planner probeert het opnieuw", { fout: (error as Error).message });
    }
  };

  return {
    verstuur,

    /**
     * Right after a turn made a change durable: send what it put in the outbox and, for an
     * aanvraag, bring its delivered decision cards up to date. Not awaited by the turn, so the
     * person who clicked is answered first; what does not get through stays in the outbox.
     * `behalve` is the card the clicker acted on: their answer replaces it already.
     */
    naDeBeurt(aanvraagId?: string, behalve?: Kaartplek): void {
      const werk = (async () => {
        // The cards this sends show the aanvraag as it is after the turn: they need no update straight after.
        const getoond = new Map<string, number>();
        await verstuur(undefined, getoond);
        if (aanvraagId) await werkBij(aanvraagId, behalve, getoond);
      })().catch((error: unknown) => deps.log("error", "Bezorgen na de beurt mislukt; de planner probeert het opnieuw", { fout: (error as Error).message }));
      volg(werk);
    },

    /**
     * The card a clicker was answered with, into their chat message as well (so their other
     * devices and a reload show it): after the turn, paced behind other sends, newest card only.
     */
    vervangNaDeBeurt(verwijzing: Conversatieverwijzing, activiteit: Partial<Activity> & { id: string }): void {
      const werk = spiegel.vervang(verwijzing, activiteit);
      if (werk) volg(werk);
    },

    /** Resolves when every fan-out kicked so far is done, card updates included (for tests, and whoever needs the bot idle). */
    rust,

    /**
     * For a stop: card updates that have not started are dropped (the clicker has the card,
     * and the next action or refresh puts a stale message right); one on its way gets the send
     * time limit to finish. The outbox goes as before: sends kicked by a turn are awaited, and
     * what stays owed is sent after the restart. Logs how many updates were dropped.
     */
    async stop(): Promise<void> {
      const onderweg = spiegel.stop();
      await rust();
      await binnen(onderweg, tijdslimietMs);
      const { overgeslagen, onderweg: onbeantwoord } = spiegel.telling();
      if (overgeslagen + onbeantwoord > 0) deps.log("info", "Kaartupdates bij het stoppen overgeslagen; wie klikte had de kaart al als antwoord", { overgeslagen, onbeantwoord });
    },

    werkBij,
  };
}

/** The notifier of a running bot. */
export type Notifier = ReturnType<typeof maakNotifier>;

/** The production Bezorger: the adapter's proactive continuation with the bot's app id. */
export function adapterBezorger(adapter: { continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> }, botId: string): Bezorger {
  return (verwijzing, logic) => adapter.continueConversationAsync(botId, verwijzing as unknown as Partial<ConversationReference>, logic);
}
