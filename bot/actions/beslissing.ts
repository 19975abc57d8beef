import { z } from "zod/v4";
import { IsoDatum } from "../../src/domain/datum.js";
import { DomainError, isDomainError } from "../../src/domain/errors.js";
import { formatBedrag } from "../../src/domain/geld.js";
import { leesBedrag } from "../../src/services/formulier/invoer.js";
import type { Besluit } from "../../src/services/beslissingService.js";
import type { BotDeps } from "../deps.js";
import { fouttekst } from "../fouttekst.js";
import { EIGEN_AANVRAAG, GEEN_BESLISSER, kaartVoorKijker } from "../kaarten/kaartVoor.js";
import { toonMelding } from "../kaarten/toon.js";
import { veiligeActie } from "./veilig.js";

const Data = z.object({
  aanvraagId: z.uuid(),
  richting: z.enum(["toekennen", "afwijzen", "terugsturen"]),
  bevestigd: z.boolean().optional(),
  bedrag: z.string().max(30).default(""),
  schoolweken: z.string().max(10).default(""),
  start: z.string().max(20).default(""),
  eind: z.string().max(20).default(""),
  /** Whole: the domain refuses a text over its limit at the field, never cut here (the body limit bounds the size). */
  toelichting: z.string().default(""),
});
type Invoer = z.infer<typeof Data>;

/** The decider's texts the domain checks (onderbouwing, reason, question): all typed in the card's one toelichting input. */
const IN_TOELICHTING: ReadonlySet<string> = new Set(["toelichting", "reden", "vraag"]);

/** What the decider must write in the toelichting and left empty: said beside that input too. */
const TOELICHTING_LEEG: ReadonlySet<string> = new Set(["REDEN_VERPLICHT", "VRAAG_VERPLICHT", "ONDERBOUWING_VERPLICHT"]);

/** Whether a refusal belongs beside the toelichting input: its text is missing, too long or holds a broken character. */
function bijToelichting(error: DomainError): boolean {
  if (TOELICHTING_LEEG.has(error.code)) return true;
  const veld = isDomainError(error, "TEKST_TE_LANG") || isDomainError(error, "ONGELDIGE_TEKENS") ? error.params?.veld : undefined;
  return veld !== undefined && IN_TOELICHTING.has(veld);
}

function leesBesluit(d: Invoer): Besluit {
  if (d.richting === "afwijzen") return { soort: "afwijzen", reden: d.toelichting };
  if (d.richting === "terugsturen") return { soort: "terugsturen", vraag: d.toelichting };
  const bedrag = leesBedrag(d.bedrag);
  if (bedrag === undefined) throw new DomainError("BEDRAG_ONGELDIG");
  if (!/^\d{1,2}$/.test(d.schoolweken.trim())) throw new DomainError("SCHOOLWEKEN_ONGELDIG");
  if (!IsoDatum.safeParse(d.start).success || !IsoDatum.safeParse(d.eind).success) throw new DomainError("DATUM_ONGELDIG");
  return {
    soort: "toekennen",
    bedrag,
    periode: { start: d.start, eind: d.eind },
    schoolweken: Number(d.schoolweken.trim()),
    toelichting: d.toelichting,
    overschrijdingBevestigd: d.bevestigd === true,
  };
}

/** Toekennen, Afwijzen or Terugsturen on the decision card; the actor is checked on the server. */
export function beslissing(deps: BotDeps) {
  return veiligeActie(deps, async (context, actor, ruw) => {
    const parsed = Data.safeParse(ruw);
    if (!parsed.success) return toonMelding("Dat lukte niet", "Deze kaart is niet meer geldig.");
    const d = parsed.data;
    const a = await deps.beslissingen.haal(d.aanvraagId);
    const invoer = { bedrag: d.bedrag, schoolweken: d.schoolweken, start: d.start, eind: d.eind, toelichting: d.toelichting };
    try {
      const uitkomst = await deps.beslissingen.beslis(actor.id, a.id, leesBesluit(d));
      switch (uitkomst.uitkomst) {
        case "besloten":
          // The others' messages and the refresh of earlier cards follow the answer, from the outbox.
          deps.notifier.naDeBeurt(a.id, { persoonId: actor.id, activiteitId: context.activity.replyToId });
          return kaartVoorKijker(deps, actor, uitkomst.aanvraag, { melding: "Je besluit is vastgelegd; de consulent heeft bericht gekregen.", meldingKleur: "Good" });
        case "al-besloten":
          return kaartVoorKijker(deps, actor, uitkomst.aanvraag, { melding: "Over deze aanvraag is al besloten.", meldingKleur: "Warning" });
        case "geweigerd":
          if (uitkomst.uitsluiting) return kaartVoorKijker(deps, actor, a, { melding: EIGEN_AANVRAAG[uitkomst.uitsluiting], meldingKleur: "Attention" });
          // Someone not involved learns nothing, not even that the aanvraag exists: the answer to a random id (the service audited the attempt).
          return (await deps.beslissingen.betrokken(actor.id, a))
            ? kaartVoorKijker(deps, actor, a, { melding: GEEN_BESLISSER })
            : toonMelding("Dat lukte niet", fouttekst(new DomainError("AANVRAAG_NIET_GEVONDEN")));
        case "overschrijding-bevestigen":
          return kaartVoorKijker(deps, actor, a, {
            melding: `Deze toekenning overschrijdt het jaarbudget met ${formatBedrag(uitkomst.overschrijding)}. Dat mag bij deze regeling, maar het bestuur wordt geïnformeerd: geef in de toelichting de onderbouwing en bevestig.`,
            meldingKleur: "Warning",
            bevestigen: true,
            invoer,
          });
      }
    } catch (error) {
      if (!isDomainError(error) || error.code === "AANVRAAG_NIET_GEVONDEN") throw error;
      const fout = bijToelichting(error) ? { toelichtingFout: fouttekst(error) } : { melding: fouttekst(error) };
      return kaartVoorKijker(deps, actor, await deps.beslissingen.haal(a.id), { ...fout, invoer, bevestigen: d.bevestigd === true });
    }
  });
}
