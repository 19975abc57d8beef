import type { BeslissingData, Feit, UitslagData } from "../../cards/cardData.js";
import { beslissingKaarten, dialoogData, sectieData } from "../../cards/dossierData.js";
import { renderCard, type Kaart } from "../../cards/render.js";
import { dossierVan } from "../../src/domain/dossier.js";
import { formatAantal } from "../../src/domain/aantal.js";
import { BESLISSING_MAX } from "../../src/domain/beslissingLimieten.js";
import type { Aanvraag, Begroting, Leerling } from "../../src/domain/aanvraag.js";
import { potNaam, regelingenInPot, type Budgetpositie } from "../../src/domain/budget.js";
import { datumVan, formatDatum, type Periode } from "../../src/domain/datum.js";
import { formatBedrag } from "../../src/domain/geld.js";
import { overSchooljaargrens, schoolweken, verdeelOverSchooljaren } from "../../src/domain/kalender.js";
import { termijnenVoor, verwijderdVanaf } from "../../src/domain/bewaartermijn.js";
import { geplandePeriode } from "../../src/domain/lifecycle.js";
import { criteriumVanType, type Regeling } from "../../src/domain/regeling.js";
import { toonBedragInvoer } from "../../src/services/formulier/invoer.js";
import type { Configuratie } from "../../src/config/configuratie.js";
import { VERB } from "../verbs.js";

/** The button that fetches the beschikking as a PDF letter. */
export const DOWNLOAD_BESCHIKKING = "Download beschikking (PDF)";

function naam(config: Configuratie, id: string): string {
  return config.swv.personen.find((p) => p.id === id)?.naam ?? "onbekend";
}

function wanneer(op: string): string {
  return formatDatum(datumVan(new Date(op)));
}

/** The limit of a free text, stated in its placeholder (the card sets no maxLength: Teams would cut a paste silently). */
const hoogstens = (max: number) => `Hoogstens ${formatAantal(max)} tekens`;

function periodeTekst(p: Periode | undefined): string {
  return p ? `${formatDatum(p.start)} t/m ${formatDatum(p.eind)}` : "(geen)";
}

/** Where an aanvraag stands, in one Dutch sentence for the people involved. */
export function statusTekst(config: Configuratie, a: Aanvraag): string {
  const s = a.status;
  switch (s.fase) {
    case "ingediend":
      return `Ingediend op ${wanneer(s.ingediendOp)}; ligt bij ${naam(config, s.beslisserId)}.`;
    case "teruggestuurd":
      return `Teruggestuurd naar de consulent op ${wanneer(s.op)} met een vraag.`;
    case "toegekend":
    case "lopend":
    case "afgesloten":
      return `Toegekend op ${wanneer(s.beschikking.besluitOp)} door ${naam(config, s.beschikking.besluitDoor)}${s.beschikking.namens ? ` namens ${naam(config, s.beschikking.namens)}` : ""}.`;
    case "afgewezen":
      return `Afgewezen op ${wanneer(s.besluitOp)} door ${naam(config, s.besluitDoor)}${s.namens ? ` namens ${naam(config, s.namens)}` : ""}.`;
    case "ingetrokken":
      return `Ingetrokken op ${wanneer(s.op)}.`;
    case "concept":
      return "Concept, nog niet ingediend.";
  }
}

function uitkomst(a: Aanvraag): { regels: string[]; stijl: BeslissingData["uitkomstStijl"] } {
  const s = a.status;
  if (s.fase === "toegekend" || s.fase === "lopend" || s.fase === "afgesloten") {
    const b = s.beschikking;
    return {
      stijl: "good",
      regels: [
        `Beschikking ${b.nummer}: ${formatBedrag(b.bedrag)} voor ${b.schoolweken} schoolweken, ${periodeTekst(b.periode)}.`,
        ...(b.delen ?? []).map((d) => `Schooljaar ${d.schooljaar}: ${formatBedrag(d.bedrag)} (${d.schoolweken} schoolweken).`),
        ...(b.toelichting ? [`Toelichting: ${b.toelichting}`] : []),
        ...(b.bestuurInformeren ? ["Het jaarbudget is hiermee overschreden; het bestuur is geïnformeerd."] : []),
      ],
    };
  }
  if (s.fase === "afgewezen") return { stijl: "attention", regels: [`Reden: ${s.reden}`] };
  if (s.fase === "teruggestuurd") return { stijl: "warning", regels: [`Vraag aan de consulent: ${s.vraag}`] };
  return { stijl: "default", regels: [] };
}

/** The budget of the regeling this schooljaar, as the decider needs it before granting. */
function budgetFeiten(positie: Budgetpositie | undefined, ditBedrag: number, open: boolean): Feit[] {
  if (!positie) return [];
  const feiten = [
    ...(positie.jaarbudget !== undefined ? [{ title: "Jaarbudget", value: formatBedrag(positie.jaarbudget) }] : []),
    { title: "Toegekend", value: formatBedrag(positie.toegekend) },
    { title: "In behandeling", value: formatBedrag(positie.inBehandeling) },
    ...(positie.dichtbij
      ? [
          { title: `Toegekend in ${positie.dichtbij.naam}`, value: formatBedrag(positie.dichtbij.toegekend) },
          { title: `In behandeling in ${positie.dichtbij.naam}`, value: formatBedrag(positie.dichtbij.inBehandeling) },
        ]
      : []),
  ];
  if (positie.resterend !== undefined)
    feiten.push(
      open
        ? { title: "Resterend na deze aanvraag", value: formatBedrag(positie.resterend - ditBedrag) }
        : { title: "Resterend", value: formatBedrag(positie.resterend) },
    );
  return feiten;
}

/** What the decision card can be given besides the aanvraag. */
type KaartOpties = {
    open: boolean;
    positie?: Budgetpositie;
    userIds?: string[];
    melding?: string;
    meldingKleur?: BeslissingData["meldingKleur"];
    bevestigen?: boolean;
    invoer?: Partial<Record<"bedrag" | "schoolweken" | "start" | "eind" | "toelichting", string>>;
    /** A refusal of the toelichting (too long, a broken character), shown beside it instead of above the card. */
    toelichtingFout?: string;
};

/** What the decider sees of an aanvraag: the decision card (the message to update and refresh). */
export function beslissingKaart(config: Configuratie, a: Aanvraag, r: Regeling, p: KaartOpties): Kaart {
  return beslissingKaartEnVervolg(config, a, r, p)[0]!;
}

/**
 * The decision card with the whole dossier, the dialogue after Terugsturen and the budget;
 * when the dossier does not fit in one message, the follow-up cards with the rest of it.
 */
export function beslissingKaartEnVervolg(config: Configuratie, a: Aanvraag, r: Regeling, p: KaartOpties): Kaart[] {
  const school = config.swv.scholen.find((s) => s.brin === a.schoolBrin);
  const leerlingenC = criteriumVanType(r, "leerlingen");
  const leerlingen = leerlingenC ? ((a.antwoorden[leerlingenC.id] as Leerling[] | undefined) ?? []) : [];
  const begrotingC = criteriumVanType(r, "begroting");
  const begroting = begrotingC ? (a.antwoorden[begrotingC.id] as Begroting | undefined) : undefined;
  const periode = geplandePeriode(a, r);
  const weken = periode ? Math.max(1, schoolweken(periode, config.swv.schoolvakanties)) : 1;
  const { regels, stijl } = uitkomst(a);
  const invoer = p.invoer ?? {};
  const feiten: Feit[] = [
    { title: "School", value: school ? `${school.naam} (${school.brin}, ${school.sector})` : a.schoolBrin },
    { title: "Consulent", value: naam(config, a.consulentId) },
    ...(leerlingenC ? [{ title: "Leerlingen", value: String(leerlingen.length) }] : []),
    { title: "Periode", value: periodeTekst(periode) },
    { title: "Aangevraagd", value: formatBedrag(begroting?.totaal ?? 0) },
  ];
  if (periode && r.limieten.schooljaargrens === "splitsen" && overSchooljaargrens(periode))
    feiten.push({
      title: "Per schooljaar",
      value: verdeelOverSchooljaren(begroting?.totaal ?? 0, periode, config.swv.schoolvakanties)
        .map((d) => `${d.schooljaar}: ${formatBedrag(d.bedrag)} (${d.schoolweken} schoolweken)`)
        .join("; "),
    });
  if (a.status.fase === "ingediend") feiten.push({ title: "Beslisser", value: `${naam(config, a.status.beslisserId)}` });
  return beslissingKaarten({
    verb: VERB.beslissing,
    verversVerb: VERB.beslissingVervers,
    aanvraagId: a.id,
    userIds: p.userIds ?? [],
    regelingNaam: r.naam,
    titel: `Aanvraag ${a.nummer}`,
    status: statusTekst(config, a),
    melding: p.melding ?? "",
    meldingKleur: p.meldingKleur ?? "Attention",
    feiten,
    dialoog: dialoogData(a, r, (id) => naam(config, id)),
    dossier: dossierVan(a, r).map(sectieData),
    vervolg: "",
    budgetTitel: p.positie
      ? p.positie.jaarbudget === undefined
        ? `Budget ${p.positie.schooljaar}: ${r.naam} (zonder jaarbudget)`
        : `Budget ${p.positie.schooljaar}: ${potNaam(r, config.regelingen)}`
      : "",
    budget: budgetFeiten(p.positie, p.open ? (begroting?.totaal ?? 0) : 0, p.open),
    uitkomst: regels,
    uitkomstStijl: stijl,
    open: p.open,
    bevestigen: p.bevestigen ?? false,
    bedrag: invoer.bedrag ?? toonBedragInvoer(begroting?.totaal ?? 0),
    schoolweken: invoer.schoolweken ?? String(Math.min(52, weken)),
    start: invoer.start ?? periode?.start ?? "",
    eind: invoer.eind ?? periode?.eind ?? "",
    toelichting: invoer.toelichting ?? "",
    toelichtingPlaceholder: hoogstens(BESLISSING_MAX.toelichting),
    toelichtingFout: p.toelichtingFout ?? "",
  });
}

/** The message a decision sends: the beschikking, the refusal, the question back, or the overrun notice. */
export function uitslagKaart(
  config: Configuratie,
  a: Aanvraag,
  r: Regeling,
  soort: "beschikking" | "afwijzing" | "teruggestuurd" | "budget-overschrijding" | "termijn-staf" | "concept-opruiming" | "stilstand-gesloten",
  positie?: Budgetpositie,
  antwoord: { waarde?: string; fout?: string; melding?: string } = {},
): Kaart {
  const school = config.swv.scholen.find((s) => s.brin === a.schoolBrin)?.naam ?? a.schoolBrin;
  const kop = `${r.naam} · ${school}`;
  const s = a.status;
  let data: UitslagData;
  if (soort === "beschikking" && (s.fase === "toegekend" || s.fase === "lopend" || s.fase === "afgesloten")) {
    const b = s.beschikking;
    data = {
      stijl: "good",
      kop,
      titel: `Aanvraag ${a.nummer} is toegekend`,
      regels: [`Beschikking ${b.nummer}.`, ...(b.toelichting ? [`Toelichting: ${b.toelichting}`] : [])],
      feiten: [
        { title: "Bekostiging", value: formatBedrag(b.bedrag) },
        { title: "Periode", value: periodeTekst(b.periode) },
        { title: "Schoolweken", value: String(b.schoolweken) },
        ...(b.delen
          ? b.delen.map((d) => ({ title: `Schooljaar ${d.schooljaar}`, value: `${formatBedrag(d.bedrag)} (${d.schoolweken} schoolweken)` }))
          : [{ title: "Schooljaar", value: b.schooljaar }]),
        { title: "Besloten door", value: `${naam(config, b.besluitDoor)}${b.namens ? ` namens ${naam(config, b.namens)}` : ""}` },
      ],
      knoppen: [{ titel: DOWNLOAD_BESCHIKKING, verb: VERB.beschikkingDownload, aanvraagId: a.id }],
    };
  } else if (soort === "afwijzing" && s.fase === "afgewezen") {
    data = { stijl: "attention", kop, titel: `Aanvraag ${a.nummer} is afgewezen`, regels: [`Reden: ${s.reden}`], feiten: [{ title: "Besloten door", value: naam(config, s.besluitDoor) }], knoppen: [{ titel: DOWNLOAD_BESCHIKKING, verb: VERB.beschikkingDownload, aanvraagId: a.id }] };
  } else if (soort === "teruggestuurd" && s.fase === "teruggestuurd") {
    data = {
      stijl: "warning",
      kop,
      titel: `Aanvraag ${a.nummer} is teruggestuurd met een vraag`,
      regels: [
        `${naam(config, s.door)} vraagt: ${s.vraag}`,
        ...(a.dialoog.at(-1)?.antwoord ? [`Jouw antwoord: ${a.dialoog.at(-1)!.antwoord}`] : []),
        ...(antwoord.melding ? [antwoord.melding] : []),
        "Beantwoord de vraag hieronder en pas zo nodig de aanvraag aan; dien hem daarna opnieuw in. Hij gaat terug naar dezelfde beslisser, met je antwoord en wat je hebt gewijzigd.",
      ],
      feiten: [],
      knoppen: [{ titel: "Aanvraag aanpassen", verb: VERB.conceptVerder, aanvraagId: a.id }],
      antwoordLabel: `Antwoord aan ${naam(config, s.door)}`,
      antwoordWaarde: antwoord.waarde ?? a.dialoog.at(-1)?.antwoord ?? "",
      antwoordPlaceholder: hoogstens(BESLISSING_MAX.antwoord),
      antwoordFout: antwoord.fout ?? "",
      antwoordVerb: VERB.dialoogAntwoord,
      antwoordAanvraagId: a.id,
      antwoordVersie: a.versie,
    };
  } else if (soort === "budget-overschrijding" && (s.fase === "toegekend" || s.fase === "lopend" || s.fase === "afgesloten")) {
    const b = s.beschikking;
    const pot = potNaam(r, config.regelingen);
    const regelingen = regelingenInPot(r, config.regelingen).map((x) => x.naam);
    data = {
      stijl: "warning",
      kop: pot,
      titel: `Jaarbudget ${positie?.schooljaar ?? b.schooljaar} overschreden`,
      regels: [
        `Met beschikking ${b.nummer} (${r.naam}) is het jaarbudget van ${pot} overschreden.`,
        `Uit dit budget worden betaald: ${regelingen.join("; ")}.`,
        `Onderbouwing van de beslisser: ${b.toelichting ?? "(geen)"}`,
      ],
      feiten: [
        ...(positie?.jaarbudget !== undefined && positie.resterend !== undefined
          ? [
              { title: "Jaarbudget", value: formatBedrag(positie.jaarbudget) },
              { title: "Toegekend, inclusief deze", value: formatBedrag(positie.toegekend) },
              { title: "Overschrijding", value: formatBedrag(Math.max(0, -positie.resterend)) },
            ]
          : []),
        { title: "Besloten door", value: naam(config, b.besluitDoor) },
      ],
      knoppen: [],
    };
  } else if (soort === "termijn-staf" && s.fase === "ingediend") {
    data = {
      stijl: "warning",
      kop,
      titel: `Aanvraag ${a.nummer} wacht lang op een besluit`,
      regels: [
        `Ingediend op ${wanneer(s.ingediendOp)} bij ${naam(config, s.beslisserId)}; dat is meer dan twee keer de norm van ${config.swv.beslistermijnSchooldagen} schooldagen.`,
      ],
      feiten: [],
      knoppen: [],
    };
  } else if (soort === "concept-opruiming" && s.fase === "concept" && verwijderdVanaf(a, termijnenVoor(config.swv.opruimen, r))) {
    const t = termijnenVoor(config.swv.opruimen, r);
    data = {
      stijl: "warning",
      kop,
      titel: `Je concept ${a.nummer} wordt binnenkort verwijderd`,
      regels: [
        `Dit concept is sinds ${wanneer(a.bijgewerktOp)} niet bijgewerkt. Concepten worden na ${t.conceptDagen} dagen zonder wijziging verwijderd, omdat ze gegevens over een leerling bevatten.`,
        `Het wordt verwijderd op of na ${formatDatum(verwijderdVanaf(a, t)!)}. Wil je het houden? Open het en bewaar een stap.`,
      ],
      feiten: [],
      knoppen: [{ titel: "Concept openen", verb: VERB.conceptVerder, aanvraagId: a.id }],
    };
  } else if (soort === "stilstand-gesloten" && s.fase === "ingetrokken") {
    data = {
      stijl: "attention",
      kop,
      titel: `Aanvraag ${a.nummer} is gesloten`,
      regels: [
        `De aanvraag stond sinds ${wanneer(a.geschiedenis.at(-2)?.op ?? s.op)} stil en is op ${wanneer(s.op)} door het systeem ingetrokken: er was ${termijnenVoor(config.swv.opruimen, r).stilstandDagen} dagen geen voortgang. De leerlinggegevens worden na de bewaartermijn verwijderd.`,
        "Is de ondersteuning nog nodig? Begin dan een nieuwe aanvraag.",
      ],
      feiten: [],
      knoppen: [],
    };
  } else {
    data = { stijl: "emphasis", kop, titel: `Aanvraag ${a.nummer}`, regels: [statusTekst(config, a)], feiten: [], knoppen: [] };
  }
  return renderCard("uitslag", data);
}
