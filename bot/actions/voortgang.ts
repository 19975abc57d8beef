import { z } from "zod/v4";
import { IsoDatum } from "../../src/domain/datum.js";
import { DomainError, isDomainError } from "../../src/domain/errors.js";
import { Voortgangsoordeel } from "../../src/domain/aanvraag.js";
import { doelenVan, totaalOordeel } from "../../src/domain/doelen.js";
import { formatDatum } from "../../src/domain/datum.js";
import { openVervolgacties } from "../../src/domain/vervolgacties.js";
import { isTraject, openAfspraken } from "../../src/domain/voortgang.js";
import type { BotDeps } from "../deps.js";
import { fouttekst } from "../fouttekst.js";
import { toonMelding } from "../kaarten/toon.js";
import { voortgangKaart } from "../kaarten/voortgang.js";
import { veiligeActie } from "./veilig.js";

const Data = z.object({
  aanvraagId: z.uuid(),
  soort: z.enum(["voortgangsgesprek", "evaluatie", "vervolgactie"]),
  volgnummer: z.coerce.number().int().positive(),
  actie: z.enum(["vastleggen", "verzetten"]),
});

/** Refusals of moving an appointment that belong beside one input of the card. */
const BIJ_VELD: Partial<Record<string, string>> = { REDEN_VERPLICHT: "v.reden", DATUM_ONGELDIG: "v.nieuweDatum" };

/** The string inputs of the card with the given prefix, without it; whole: a text over its limit is refused, never cut. */
function invoer(data: Record<string, unknown>, voorvoegsel: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(data)
      .filter(([k, w]) => k.startsWith(voorvoegsel) && typeof w === "string")
      .map(([k, w]) => [k.slice(voorvoegsel.length), w as string]),
  );
}

/** The input (with this prefix) beside which a refusal belongs: a text too long or with a broken character, or a refusal of moving. */
function veldBij(error: DomainError, voorvoegsel: "a." | "e." | "g." | "v."): string | undefined {
  if (isDomainError(error, "TEKST_TE_LANG")) return voorvoegsel + error.params.veld;
  if (isDomainError(error, "ONGELDIGE_TEKENS") && error.params) return voorvoegsel + error.params.veld;
  return voorvoegsel === "v." ? BIJ_VELD[error.code] : undefined;
}

/** Record a voortgangsgesprek or the evaluation from the reminder card, or move the appointment. */
export function voortgang(deps: BotDeps) {
  return veiligeActie(deps, async (_context, actor, ruw) => {
    const parsed = Data.safeParse(ruw);
    if (!parsed.success) return toonMelding("Dat lukte niet", "Deze kaart is niet meer geldig.");
    const d = parsed.data;
    const { a, r } = await deps.voortgang.traject(actor.id, d.aanvraagId);
    const strings = Object.fromEntries(Object.entries(ruw).filter(([, w]) => typeof w === "string")) as Record<string, string>;
    if (d.soort === "vervolgactie") {
      const open = openVervolgacties(a, r).find((v) => v.volgnummer === d.volgnummer);
      if (!open) return toonMelding(`Aanvraag ${a.nummer}`, "Deze vervolgactie is al vastgelegd.");
      const v = invoer(ruw, "a.");
      try {
        await deps.voortgang.vervolgactie(actor.id, a.id, d.volgnummer, { gedaanOp: v.gedaanOp ?? "", toelichting: v.toelichting ?? "" });
        return toonMelding("Vervolgactie vastgelegd", `${open.label} (${a.nummer}) is vastgelegd als gedaan op ${formatDatum(v.gedaanOp!)}.`);
      } catch (error) {
        if (!isDomainError(error) || error.code === "AANVRAAG_NIET_GEVONDEN") throw error;
        return voortgangKaart(deps.config, a, r, { soort: "vervolgactie", volgnummer: open.volgnummer, datum: open.datum, moment: "op-de-dag" }, fouttekst(error), strings, veldBij(error, "a."));
      }
    }
    const afspraak = isTraject(a) ? openAfspraken(a, r, deps.config.swv.schoolvakanties).find((x) => x.soort === d.soort && x.volgnummer === d.volgnummer) : undefined;
    if (!afspraak) return toonMelding(`Aanvraag ${a.nummer}`, "Dit is al vastgelegd, of het traject is afgesloten.");
    try {
      if (d.actie === "verzetten") {
        const v = invoer(ruw, "v.");
        if (!IsoDatum.safeParse(v.nieuweDatum).success) throw new DomainError("DATUM_ONGELDIG");
        await deps.voortgang.verzet(actor.id, a.id, { soort: d.soort, volgnummer: d.volgnummer, nieuweDatum: v.nieuweDatum!, reden: v.reden ?? "" });
        return toonMelding("Verzet", `${d.soort === "evaluatie" ? "De evaluatie" : `Gesprek ${d.volgnummer}`} van ${a.nummer} staat nu op ${v.nieuweDatum}; de herinneringen volgen die datum.`);
      }
      if (d.soort === "evaluatie") {
        await deps.voortgang.evalueer(actor.id, a.id, invoer(ruw, "e."), invoer(ruw, "d."));
        return toonMelding("Evaluatie vastgelegd", `Het traject van ${a.nummer} is afgesloten.`);
      }
      const g = invoer(ruw, "g.");
      const doelen = doelenVan(a, r);
      // Several goals: a judgement per goal, and the whole follows from them; one goal or none: one judgement.
      const oordelen = doelen.length > 1 ? doelen.map((_, i) => Voortgangsoordeel.safeParse(g[`doel-${i + 1}`]).data) : [Voortgangsoordeel.safeParse(g.voortgang).data];
      if (!IsoDatum.safeParse(g.gehoudenOp).success || !g.deelnemers?.trim() || oordelen.some((o) => o === undefined)) throw new DomainError("GESPREK_ONVOLLEDIG");
      const perDoel = doelen.map((doel, i) => ({ doel, oordeel: oordelen[doelen.length > 1 ? i : 0]! }));
      await deps.voortgang.legVast(actor.id, a.id, {
        volgnummer: d.volgnummer,
        gehoudenOp: g.gehoudenOp!,
        deelnemers: g.deelnemers,
        voortgang: totaalOordeel(perDoel) ?? oordelen[0]!,
        perDoel,
        notities: g.notities ?? "",
        vervolgstappen: g.vervolgstappen ?? "",
      });
      return toonMelding("Gesprek vastgelegd", `Voortgangsgesprek ${d.volgnummer} van ${a.nummer} is vastgelegd; er komen geen herinneringen meer voor dit gesprek.`);
    } catch (error) {
      if (!isDomainError(error) || error.code === "AANVRAAG_NIET_GEVONDEN") throw error;
      const bij = veldBij(error, d.actie === "verzetten" ? "v." : d.soort === "evaluatie" ? "e." : "g.");
      return voortgangKaart(deps.config, a, r, { soort: afspraak.soort, volgnummer: afspraak.volgnummer, datum: afspraak.datum, moment: "op-de-dag" }, fouttekst(error), strings, bij);
    }
  });
}
