import type { VeldData, VoortgangData } from "../../cards/cardData.js";
import { renderCard, type Kaart } from "../../cards/render.js";
import type { Aanvraag } from "../../src/domain/aanvraag.js";
import { formatDagDatum, formatDatum } from "../../src/domain/datum.js";
import { doelenVan } from "../../src/domain/doelen.js";
import type { EvaluatieVraag, Regeling } from "../../src/domain/regeling.js";
import type { Uitgaand } from "../../src/services/bezorging.js";
import type { Configuratie } from "../../src/config/configuratie.js";
import { VOORTGANG_MAX } from "../../src/domain/voortgangLimieten.js";
import { VERB } from "../verbs.js";
import { formatAantal } from "../../src/domain/aantal.js";

const leeg = { help: "", placeholder: "", maxLengte: 0, opties: [], meerdere: false, fout: "", waarde: "" };
const keuze = (opties: [string, string][]) => opties.map(([value, title]) => ({ title, value }));

/** A free-text input with its limit, stated in the placeholder as the form does (the card sets no maxLength: Teams would cut silently). */
function tekstveld(naam: string, label: string, soort: "tekst" | "langeTekst", max: number, voorbeeld?: string): VeldData {
  return { ...leeg, naam, label, soort, maxLengte: max, placeholder: voorbeeld ? `${voorbeeld} (hoogstens ${formatAantal(max)} tekens)` : `Hoogstens ${formatAantal(max)} tekens` };
}

function evaluatieVeld(v: EvaluatieVraag): VeldData {
  if (v.type === "langeTekst") return tekstveld(`e.${v.id}`, v.label, "langeTekst", VOORTGANG_MAX.evaluatieAntwoord);
  const opties: [string, string][] = v.type === "jaDeelsNee" ? [["ja", "Ja"], ["deels", "Deels"], ["nee", "Nee"]] : [["ja", "Ja"], ["nee", "Nee"]];
  return { ...leeg, naam: `e.${v.id}`, label: v.label, soort: "keuze", opties: keuze(opties) };
}

/** The card of a follow-up item's reminder (innovatie: a presentation): record when it was done; `melding` shows beside the input `bij` when given. */
function vervolgactieKaart(config: Configuratie, a: Aanvraag, r: Regeling, afspraak: NonNullable<Uitgaand["afspraak"]>, melding: string, ruw: Record<string, string>, bij?: string): Kaart {
  const school = config.swv.scholen.find((s) => s.brin === a.schoolBrin)?.naam ?? a.schoolBrin;
  const actie = r.vervolgacties[afspraak.volgnummer - 1];
  const velden: VeldData[] = [
    { ...leeg, naam: "a.gedaanOp", label: "Gedaan op", soort: "datum" },
    tekstveld("a.toelichting", "Toelichting (waar, voor wie)", "tekst", VOORTGANG_MAX.vervolgactieToelichting),
  ];
  return renderCard("voortgang", {
    stijl: afspraak.moment === "te-laat" ? "warning" : "emphasis",
    kop: `${r.naam} · ${school}`,
    titel: `Vervolgactie van aanvraag ${a.nummer}`,
    regels: [actie?.label ?? "Vervolgactie", afspraak.moment === "te-laat" ? `Dit stond voor ${formatDatum(afspraak.datum)} op de planning en is nog niet vastgelegd.` : `Na afloop van het traject (${formatDatum(afspraak.datum)}) is dit aan de beurt. Leg vast wanneer het gedaan is.`],
    melding: bij ? "" : melding,
    aanvraagId: a.id,
    soort: "vervolgactie",
    volgnummer: afspraak.volgnummer,
    velden: velden.map((v) => ({ ...v, waarde: ruw[v.naam] ?? v.waarde, ...(v.naam === bij ? { fout: melding } : {}) })),
    knoppen: [{ titel: "Vastleggen als gedaan", verb: VERB.voortgang, actie: "vastleggen", stijl: "positive" }],
  });
}

/** The card of a voortgang reminder: record the gesprek or the evaluation, or move it to another date; `melding` shows beside the input `bij` when given. No pupil data. */
export function voortgangKaart(config: Configuratie, a: Aanvraag, r: Regeling, afspraak: NonNullable<Uitgaand["afspraak"]>, melding = "", ruw: Record<string, string> = {}, bij?: string): Kaart {
  if (afspraak.soort === "vervolgactie") return vervolgactieKaart(config, a, r, afspraak, melding, ruw, bij);
  const soort = afspraak.soort;
  const school = config.swv.scholen.find((s) => s.brin === a.schoolBrin)?.naam ?? a.schoolBrin;
  const gesprek = afspraak.soort === "voortgangsgesprek";
  const wat = gesprek ? `Voortgangsgesprek ${afspraak.volgnummer}` : "Evaluatie";
  const verschoven = afspraak.geplandOp ? ` (verschoven van ${formatDagDatum(afspraak.geplandOp)}: dat is geen schooldag)` : "";
  const wanneer = afspraak.moment === "te-laat" ? `was gepland op ${formatDagDatum(afspraak.datum)}${verschoven} en is nog niet vastgelegd` : `staat gepland op ${formatDagDatum(afspraak.datum)}${verschoven}`;
  const doelen = doelenVan(a, r);
  const voortgang = keuze([["op-koers", "Op koers"], ["deels", "Deels"], ["niet", "Niet"]]);
  const perDoel: VeldData[] =
    doelen.length > 1
      ? doelen.map((doel, i) => ({ ...leeg, naam: `g.doel-${i + 1}`, label: `Doel ${i + 1}: ${doel}`, soort: "keuze", opties: voortgang }))
      : [{ ...leeg, naam: "g.voortgang", label: doelen.length === 1 ? `Hoe gaat het met het doel: ${doelen[0]}` : "Hoe gaat het met de doelen?", soort: "keuze", opties: voortgang }];
  const velden: VeldData[] = gesprek
    ? [
        { ...leeg, naam: "g.gehoudenOp", label: "Gehouden op", soort: "datum", waarde: afspraak.datum },
        tekstveld("g.deelnemers", "Wie waren erbij?", "tekst", VOORTGANG_MAX.deelnemers, "bijv. mentor, ouders, consulent"),
        ...perDoel,
        tekstveld("g.notities", "Notities", "langeTekst", VOORTGANG_MAX.notities),
        tekstveld("g.vervolgstappen", "Volgende stappen", "langeTekst", VOORTGANG_MAX.vervolgstappen),
      ]
    : [
        ...(doelen.length > 1 ? doelen : []).map((doel, i): VeldData => ({ ...leeg, naam: `d.doel-${i + 1}`, label: `Doel ${i + 1} behaald? ${doel}`, soort: "keuze", opties: keuze([["ja", "Ja"], ["deels", "Deels"], ["nee", "Nee"]]) })),
        ...r.evaluatie.vragen.map(evaluatieVeld),
      ];
  velden.push(
    { ...leeg, naam: "v.nieuweDatum", label: "Of verzet naar", soort: "datum" },
    tekstveld("v.reden", "Reden van verzetten", "tekst", VOORTGANG_MAX.verzetReden),
  );
  const data: VoortgangData = {
    stijl: afspraak.moment === "te-laat" ? "warning" : "emphasis",
    kop: `${r.naam} · ${school}`,
    titel: `${wat} van aanvraag ${a.nummer}`,
    regels: [`Het ${gesprek ? "gesprek" : "evaluatiemoment"} ${wanneer}.`],
    melding: bij ? "" : melding,
    aanvraagId: a.id,
    soort,
    volgnummer: afspraak.volgnummer,
    velden: velden.map((v) => ({ ...v, waarde: ruw[v.naam] ?? v.waarde, ...(v.naam === bij ? { fout: melding } : {}) })),
    knoppen: [
      { titel: gesprek ? "Gesprek vastleggen" : "Evaluatie vastleggen", verb: VERB.voortgang, actie: "vastleggen", stijl: "positive" },
      { titel: "Verzetten", verb: VERB.voortgang, actie: "verzetten", stijl: "default" },
    ],
  };
  return renderCard("voortgang", data);
}

/** The decider's notice that a gesprek is overdue. */
export function teLaatKaart(config: Configuratie, a: Aanvraag, r: Regeling, afspraak: NonNullable<Uitgaand["afspraak"]>): Kaart {
  const school = config.swv.scholen.find((s) => s.brin === a.schoolBrin)?.naam ?? a.schoolBrin;
  return renderCard("uitslag", {
    stijl: "warning",
    kop: `${r.naam} · ${school}`,
    titel: `${afspraak.soort === "voortgangsgesprek" ? `Voortgangsgesprek ${afspraak.volgnummer}` : "De evaluatie"} van ${a.nummer} is meer dan een week te laat`,
    regels: [`Gepland op ${formatDatum(afspraak.datum)}; de consulent heeft nog een herinnering gekregen.`],
    feiten: [],
    knoppen: [],
  });
}
