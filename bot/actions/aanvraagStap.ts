import { z } from "zod/v4";
import { isDomainError } from "../../src/domain/errors.js";
import type { RuweInvoer } from "../../src/services/formulier/invoer.js";
import type { BotDeps } from "../deps.js";
import { fouttekst } from "../fouttekst.js";
import { toonMelding, toonStap } from "../kaarten/toon.js";
import { rolNaam } from "../../src/domain/routering.js";
import { beslissingKaart } from "../kaarten/beslissing.js";
import { refreshIds } from "../kaarten/kaartVoor.js";
import { veiligeActie } from "./veilig.js";

const Data = z.object({
  aanvraagId: z.uuid(),
  versie: z.coerce.number().int().nonnegative(),
  stap: z.string().min(1).max(40),
  richting: z.enum(["volgende", "vorige", "opslaan", "rij", "naar", "annuleren", "indienen", "controle"]),
  doel: z.string().min(1).max(40).optional(),
});

const VASTE_VELDEN = new Set(["aanvraagId", "versie", "stap", "richting", "doel", "verb"]);

/** The inputs of the card: every string field that is not one of the action's own, whole (a text over its field's limit is refused there, never cut; the body limit bounds the size). */
function invoerVan(data: Record<string, unknown>): RuweInvoer {
  const invoer: Record<string, string> = {};
  for (const [naam, waarde] of Object.entries(data))
    if (!VASTE_VELDEN.has(naam) && typeof waarde === "string" && /^[a-z]\.[a-z0-9.-]{1,80}$/.test(naam)) invoer[naam] = waarde;
  return invoer;
}

const GEWIJZIGD = "Dit concept is intussen ergens anders gewijzigd, bijvoorbeeld op een ander apparaat. Hieronder staat de nieuwste versie; wat je net op deze kaart invulde is niet opgeslagen.";

/** One step of the guided form: save, validate, move, submit or stop. */
export function aanvraagStap(deps: BotDeps) {
  return veiligeActie(deps, async (context, actor, ruweData) => {
    const parsed = Data.safeParse(ruweData);
    if (!parsed.success) return toonMelding("Dat lukte niet", "Deze kaart is niet meer geldig. Typ 'mijn concepten' om verder te gaan.");
    const d = parsed.data;
    const invoer = invoerVan(ruweData);
    const service = deps.aanvragen;
    try {
      const huidig = await service.eigen(actor.id, d.aanvraagId);
      const stappen = service.stappen(huidig);
      const index = stappen.findIndex((s) => s.id === d.stap);
      switch (d.richting) {
        case "annuleren":
          return toonMelding(
            "Gestopt",
            `Aanvraag ${huidig.nummer} blijft bewaard als concept, met wat je hebt opgeslagen.`,
            "Typ 'mijn concepten' om later verder te gaan.",
          );
        case "naar": {
          const doel = stappen.findIndex((s) => s.id === d.doel);
          const a = await service.naarStap(actor.id, { id: d.aanvraagId, versie: d.versie, stap: doel < 0 ? index : doel });
          return toonStap(deps.aanvragen, a, { terugNaarControle: stappen[index]?.soort === "samenvatting" });
        }
        case "indienen": {
          try {
            // This card shows the aanvraag from now on: the submission remembers it, so the decision updates it.
            const kaartId = context.activity.replyToId;
            const { aanvraag, toewijzing, beslisserBereikbaar } = await service.dienIn(actor.id, { id: d.aanvraagId, versie: d.versie, ...(kaartId ? { kaartId } : {}) });
            // The decider's card and, after a resubmission, their earlier card follow the answer.
            deps.notifier.naDeBeurt(aanvraag.id, { persoonId: actor.id, activiteitId: kaartId });
            const beslisser = deps.config.swv.personen.find((p) => p.id === toewijzing.beslisserId)?.naam ?? "de beslisser";
            const melding = beslisserBereikbaar
              ? `Ingediend. ${beslisser} (${rolNaam[toewijzing.rol]}) heeft de aanvraag ontvangen; je hoort het hier zodra er een besluit is.`
              : `Ingediend. ${beslisser} (${rolNaam[toewijzing.rol]}) heeft de bot nog niet geopend; de aanvraag staat klaar en komt binnen zodra ${beslisser} dat doet.`;
            return beslissingKaart(deps.config, aanvraag, service.regeling(aanvraag.regelingId), {
              open: false,
              userIds: await refreshIds(deps, aanvraag),
              melding,
              meldingKleur: beslisserBereikbaar ? "Good" : "Warning",
            });
          } catch (error) {
            if (!isDomainError(error, "AANVRAAG_ONVOLLEDIG")) throw error;
            const a = await service.eigen(actor.id, d.aanvraagId);
            return toonStap(deps.aanvragen, a, { index, melding: fouttekst(error), waarschuwing: true });
          }
        }
        default: {
          const controle = d.richting === "controle";
          const volgende = d.richting === "volgende" || controle;
          const naarStap = controle ? stappen.length - 1 : volgende ? index + 1 : d.richting === "vorige" ? index - 1 : undefined;
          const { aanvraag, problemen } = await service.bewaarStap(actor.id, {
            id: d.aanvraagId,
            versie: d.versie,
            stapId: d.stap,
            invoer,
            valideren: volgende,
            naarStap,
          });
          if (problemen.length > 0)
            return toonStap(deps.aanvragen, aanvraag, { index, ruw: invoer, problemen, melding: "Nog niet alles klopt; kijk bij de rode meldingen.", terugNaarControle: controle });
          if (d.richting === "opslaan")
            return toonStap(deps.aanvragen, aanvraag, { index, ruw: invoer, melding: `Concept ${aanvraag.nummer} is opgeslagen. Typ later 'mijn concepten' om verder te gaan.` });
          if (d.richting === "rij") return toonStap(deps.aanvragen, aanvraag, { index, ruw: invoer, extraRij: true });
          return toonStap(deps.aanvragen, aanvraag);
        }
      }
    } catch (error) {
      if (!isDomainError(error, "VERSIECONFLICT")) throw error;
      const actueel = await service.eigen(actor.id, d.aanvraagId);
      return toonStap(deps.aanvragen, actueel, { melding: GEWIJZIGD, waarschuwing: true });
    }
  });
}
