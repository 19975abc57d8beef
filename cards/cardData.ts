/** Data of cards/welkom.json: who the user is and what the bot does for their roles. */
export interface WelkomData {
  naam: string;
  swvNaam: string;
  /** The roles in words, "consulent en staf". */
  rollen: string;
  taken: string[];
  /** Buttons that type a command for the user. */
  knoppen: { titel: string; tekst: string }[];
}

/** One question on a step card, with what the user typed and the problem with it. */
export interface VeldData {
  naam: string;
  label: string;
  help: string;
  /** The input drawn: text, long text, date or a choice (numbers and amounts are typed as text). */
  soort: "tekst" | "langeTekst" | "datum" | "keuze";
  waarde: string;
  placeholder: string;
  maxLengte: number;
  opties: { title: string; value: string }[];
  meerdere: boolean;
  fout: string;
}

/** One input in a row of the pupils or budget table; its label says the limit, its placeholder is a short example. */
export interface CelData {
  naam: string;
  label: string;
  placeholder: string;
  waarde: string;
  maxLengte: number;
  /** Relative width of its column, for an input side by side with others. */
  breedte: number;
}

/** One pupil or budget line: a heading of its own ("Leerling 1", "Regel 1"), its inputs the full width of the card one under the other, then the ones side by side. */
export interface RijData {
  kop: string;
  boven: CelData[];
  naast: CelData[];
}

/** What a button of a step card sends back: the draft at the version shown, the step, and what to do (`doel`: the step to go to). One object, so the template fills it with one expression instead of one per field. */
export interface StapActieData {
  aanvraagId: string;
  versie: number;
  stap: string;
  richting: string;
  doel?: string;
}

/** A button under a step card; `data.richting` tells the handler what to do. */
export interface KnopData {
  titel: string;
  stijl: "default" | "positive" | "destructive";
  inputs: "auto" | "none";
  data: StapActieData;
}

/** A section of the summary with its facts and a button to change it. */
export interface SectieData {
  titel: string;
  feiten: { title: string; value: string }[];
  fout: string;
  /** What its Wijzigen button sends: go to this section's step. */
  data: StapActieData;
}

/** Data of cards/stap.json: one step of the guided aanvraag form. */
export interface StapData {
  verb: string;
  regelingNaam: string;
  kop: string;
  stapNummer: number;
  aantalStappen: number;
  stapTitel: string;
  melding: string;
  /** Good for a confirmation, Attention for a problem. */
  meldingKleur: "Good" | "Attention" | "Default";
  velden: VeldData[];
  rijenTitel: string;
  rijenHelp: string;
  rijen: RijData[];
  rijenFout: string;
  somTekst: string;
  voorwaarden: { naam: string; label: string; waarde: string }[];
  voorwaardenRegel: string;
  voorwaardenFout: string;
  secties: SectieData[];
  knoppen: KnopData[];
}

/** Data of cards/melding.json: a short message in place of a card. */
export interface MeldingData {
  titel: string;
  regels: string[];
  /** Buttons that type a command for the user. */
  knoppen?: { titel: string; tekst: string }[];
}

/** Data of cards/keuze.json: choose a regeling and a school to start an aanvraag. */
export interface KeuzeData {
  verb: string;
  regelingId: string;
  brin: string;
  regelingen: { title: string; value: string }[];
  scholen: { title: string; value: string }[];
  fout: string;
}

/** Data of cards/concepten.json: the drafts of a consulent. */
export interface ConceptenData {
  titel: string;
  verderVerb: string;
  verwijderVerb: string;
  items: {
    id: string;
    versie: number;
    nummer: string;
    regeling: string;
    school: string;
    voortgang: string;
    bijgewerkt: string;
    vraag: string;
    verwijderbaar: boolean;
  }[];
}

/** Data of cards/bevestig.json: ask before something that cannot be undone. */
export interface BevestigData {
  titel: string;
  tekst: string;
  jaTitel: string;
  jaVerb: string;
  neeTitel: string;
  neeVerb: string;
  aanvraagId: string;
  versie: number;
}

/** A fact on a card: a label and its value. */
export interface Feit {
  title: string;
  value: string;
}

/** One section of the dossier on a card: the answer to one criterion, drawn by its `soort`. */
export interface DossierSectieData {
  /** Unique on the card: the ids of the folded parts derive from it. */
  id: string;
  label: string;
  soort: "tekst" | "lijst" | "waarde" | "document" | "leerlingen" | "begroting" | "voorwaarden";
  /** A text, a value, or the first lines of a long text. */
  tekst: string;
  /** The rest of a long text, behind "Toon alles"; empty when it is shown whole. */
  rest: string;
  /** Goals one per line, or the conditions with a tick. */
  items: string[];
  /** Pupils or budget lines as a table. */
  feiten: Feit[];
  /** The budget's total line. */
  totaal: string;
  /** An http(s) link to the document. */
  url: string;
}

/** One round of question and answer, with what changed since the question. */
export interface DialoogData {
  kop: string;
  vraag: string;
  antwoord: string;
  wijzigingen: { label: string; oud: string; nieuw: string }[];
}

/** Data of cards/dossier.json: the rest of a dossier that did not fit in the decision card's message. */
export interface DossierData {
  regelingNaam: string;
  titel: string;
  dossier: DossierSectieData[];
}

/** Data of cards/beslissing.json: an aanvraag for the decider, open or decided. */
export interface BeslissingData {
  verb: string;
  verversVerb: string;
  aanvraagId: string;
  /** Teams user ids (MRI) whose client refreshes the card to their own view. */
  userIds: string[];
  regelingNaam: string;
  titel: string;
  status: string;
  melding: string;
  meldingKleur: "Good" | "Attention" | "Warning" | "Default";
  feiten: Feit[];
  /** The rounds of question and answer after Terugsturen, newest last. */
  dialoog: DialoogData[];
  /** Every answer of the aanvraag, in the regeling's order (the part that fits this message). */
  dossier: DossierSectieData[];
  /** Set when the dossier continues in a next message. */
  vervolg: string;
  budgetTitel: string;
  budget: Feit[];
  uitkomst: string[];
  uitkomstStijl: "good" | "attention" | "warning" | "default";
  open: boolean;
  bevestigen: boolean;
  bedrag: string;
  schoolweken: string;
  start: string;
  eind: string;
  toelichting: string;
  /** The limit of the toelichting, stated before typing ("Hoogstens 2.000 tekens"). */
  toelichtingPlaceholder: string;
  /** A refusal of the toelichting, shown beside it; empty: none. */
  toelichtingFout: string;
}

/** Data of cards/uitslag.json: a beschikking, a refusal, a question back, or a notice. */
export interface UitslagData {
  stijl: "good" | "attention" | "warning" | "emphasis";
  kop: string;
  titel: string;
  regels: string[];
  feiten: Feit[];
  knoppen: { titel: string; verb: string; aanvraagId: string }[];
  /** Which card this is, sent along with its buttons so an action can show the same card again: a status card or a decision's message (default). */
  kaart?: "status" | "uitslag";
  /** The consulent's answer field after Terugsturen ("Antwoord aan Mark Jansen"); absent or empty label: no field. */
  antwoordLabel?: string;
  antwoordWaarde?: string;
  /** The answer's limit, stated before typing ("Hoogstens 2.000 tekens"). */
  antwoordPlaceholder?: string;
  /** A refusal of the answer, shown beside it. */
  antwoordFout?: string;
  antwoordVerb?: string;
  antwoordAanvraagId?: string;
  antwoordVersie?: number;
}

/** Data of cards/voortgang.json: a voortgangsgesprek or evaluation to record, or to move. */
export interface VoortgangData {
  stijl: "emphasis" | "warning";
  kop: string;
  titel: string;
  regels: string[];
  melding: string;
  aanvraagId: string;
  soort: "voortgangsgesprek" | "evaluatie" | "vervolgactie";
  volgnummer: number;
  velden: VeldData[];
  knoppen: { titel: string; verb: string; actie: "vastleggen" | "verzetten"; stijl: "positive" | "default" }[];
}

/** One row of a rapportage table on cards/rapportage.json. */
export interface RapportageRijData {
  naam: string;
  aanvragen: string;
  gevraagd: string;
  toegekend: string;
  waarvoor: string;
  effect: string;
  doorlooptijd: string;
}

/** Data of cards/rapportage.json: the monitoring report as a table per school and per bestuur, each column explained, with buttons for its .xlsx and its CSV. */
export interface RapportageData {
  titel: string;
  scholen: RapportageRijData[];
  besturen: RapportageRijData[];
  uitleg: string[];
  verb: string;
  schooljaar: string;
}

/** Data of cards/link.json: one link to open, such as a download. */
export interface LinkData {
  titel: string;
  tekst: string;
  knop: string;
  url: string;
}

/**
 * Data of cards/budget.json: the budget per pot, each pot's name above its labelled figures (so a
 * narrow column breaks no name and no amount), each figure explained, then the same figures as a
 * chart where the client draws charts (the chart and its heading dropped where it does not).
 */
export interface BudgetData {
  titel: string;
  /** One block per pot or regeling without a pot: its name on a line of its own, its figures under it, each with its label. */
  rijen: {
    naam: string;
    /** "Jaarbudget € 150.000" or "Geen jaarbudget". */
    jaarbudget: string;
    /** "Voor: <regelingen>" for a pot; empty for a regeling without one. */
    voor: string;
    toegekend: string;
    inBehandeling: string;
    resterend: string;
    /** Attention when the jaarbudget is overrun. */
    resterendKleur: "Default" | "Attention";
    leerlingen: string;
  }[];
  /** The heading above the chart: a chart cannot show euro signs, so it says its unit (the Playground does not draw a chart's own title). */
  grafiekKop: string;
  /** What the chart's numbers are, under its heading. */
  grafiekUitleg: string;
  /** Chart.HorizontalBar.Stacked: one bar per pot, its segments in whole euros. */
  grafiek: { title: string; data: { legend: string; value: number; color: string }[] }[];
  uitleg: string[];
}
