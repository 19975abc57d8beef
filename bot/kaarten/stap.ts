import type { CelData, KnopData, SectieData, StapActieData, StapData, VeldData } from "../../cards/cardData.js";
import type { Aanvraag, Begroting, Leerling } from "../../src/domain/aanvraag.js";
import type { Periode } from "../../src/domain/datum.js";
import { formatBedrag } from "../../src/domain/geld.js";
import type { Probleem } from "../../src/domain/meldingen.js";
import type { Criterium, Regeling } from "../../src/domain/regeling.js";
import { VOORWAARDEN_VELD } from "../../src/domain/validatie.js";
import { regelVan } from "../../src/domain/voorwaarden.js";
import { invoerNaam, leesBedrag, LIMIET, toonBedragInvoer, type RuweInvoer } from "../../src/services/formulier/invoer.js";
import type { Stap } from "../../src/services/formulier/stappen.js";
import { VERB } from "../verbs.js";
import { invoerWaarde, kopVan, toonAntwoord } from "./weergave.js";
import { formatAantal } from "../../src/domain/aantal.js";

/** Everything a step card shows. `ruw` is what the user typed, shown again as it was. */
export interface StapKaartInvoer {
  aanvraag: Aanvraag;
  regeling: Regeling;
  schoolNaam: string;
  stappen: readonly Stap[];
  index: number;
  ruw?: RuweInvoer;
  problemen?: Probleem[];
  melding?: string;
  meldingKleur?: StapData["meldingKleur"];
  extraRij?: boolean;
  /** Opened with Wijzigen from the summary: saving goes straight back to it. */
  terugNaarControle?: boolean;
}

/** Rows of a table on one card; 35 pupils with names stay well under the 40 KB of a Teams message. */
export const MAX_RIJEN = 35;

const leegVeld = { help: "", placeholder: "", maxLengte: 4000, opties: [], meerdere: false, fout: "" };

function foutVoor(problemen: readonly Probleem[], veld: string): string {
  return [...new Set(problemen.filter((p) => p.veld === veld).map((p) => p.bericht))].join("\n");
}

const tekens = (max: number) => `hoogstens ${formatAantal(max)} tekens`;

/** The label, with "niet verplicht" and any limit in one pair of brackets: "OPP van de leerling (hoogstens 200 tekens)". */
function labelVan(c: Criterium, limiet?: string): string {
  const bij = [c.verplicht ? undefined : "niet verplicht", limiet].filter(Boolean);
  return bij.length > 0 ? `${c.label} (${bij.join("; ")})` : c.label;
}

function veld(c: Criterium, waarde: string, fout: string): VeldData {
  const basis = { ...leegVeld, naam: invoerNaam.veld(c.id), label: labelVan(c), help: c.help ?? "", waarde, fout };
  switch (c.type) {
    case "tekst":
      return { ...basis, soort: "tekst", maxLengte: c.maxLengte, placeholder: `Hoogstens ${formatAantal(c.maxLengte)} tekens` };
    case "langeTekst":
      return { ...basis, soort: "langeTekst", maxLengte: c.maxLengte, placeholder: `Hoogstens ${formatAantal(c.maxLengte)} tekens` };
    case "getal":
      return { ...basis, soort: "tekst", maxLengte: 20, placeholder: "Een getal" };
    case "bedrag":
      return { ...basis, soort: "tekst", maxLengte: 20, placeholder: "Bedrag in euro's, bijvoorbeeld 1.250,00" };
    case "datum":
      return { ...basis, soort: "datum" };
    case "keuze":
      return { ...basis, soort: "keuze", opties: c.opties.map((o) => ({ title: o.label, value: o.waarde })), meerdere: c.meerdere };
    case "jaNee":
      return { ...basis, soort: "keuze", opties: [{ title: "Ja", value: "true" }, { title: "Nee", value: "false" }] };
    case "document":
      return { ...basis, label: labelVan(c, tekens(LIMIET.document)), soort: "tekst", maxLengte: LIMIET.document, placeholder: "Referentie in het dossier of een https-link" };
    default:
      return { ...basis, soort: "tekst" };
  }
}

function aantalRijen(ruw: RuweInvoer | undefined, voorvoegsel: "l" | "b", opgeslagen: number, minimum: number, extra: boolean): number {
  const uitInvoer = ruw ? Math.max(0, ...Object.keys(ruw).map((k) => Number(new RegExp(`^${voorvoegsel}\\.(\\d+)\\.`).exec(k)?.[1] ?? -1) + 1)) : 0;
  return Math.min(Math.max(uitInvoer || opgeslagen, minimum, 1) + (extra ? 1 : 0), MAX_RIJEN);
}

function leerlingRijen(c: Extract<Criterium, { type: "leerlingen" }>, k: StapKaartInvoer): StapData["rijen"] {
  const opgeslagen = (k.aanvraag.antwoorden[c.id] as Leerling[] | undefined) ?? [];
  const max = k.regeling.limieten.maxLeerlingen;
  const n = Math.min(aantalRijen(k.ruw, "l", opgeslagen.length, k.regeling.limieten.minLeerlingen ?? 1, k.extraRij ?? false), max ?? MAX_RIJEN);
  return Array.from({ length: n }, (_, i) => {
    const l = opgeslagen[i];
    const waarde = (deel: "referentie" | "initialen" | "geboortejaar" | "naam", opslag: string) => (k.ruw ? (k.ruw[invoerNaam.leerling(i, deel)] ?? "") : opslag);
    const boven: CelData[] = [{ naam: invoerNaam.leerling(i, "referentie"), label: `Leerlingnummer of OPP-referentie (${tekens(LIMIET.referentie)})`, placeholder: "bijv. 204518", waarde: waarde("referentie", l?.referentie ?? ""), maxLengte: LIMIET.referentie, breedte: 1 }];
    if (c.volledigeNaam)
      boven.push({ naam: invoerNaam.leerling(i, "naam"), label: `Naam (${tekens(LIMIET.naam)})`, placeholder: "Voor- en achternaam", waarde: waarde("naam", l?.naam ?? ""), maxLengte: LIMIET.naam, breedte: 1 });
    const naast: CelData[] = [
      { naam: invoerNaam.leerling(i, "initialen"), label: `Initialen (${tekens(LIMIET.initialen)})`, placeholder: "bijv. J.B.", waarde: waarde("initialen", l?.initialen ?? ""), maxLengte: LIMIET.initialen, breedte: 3 },
      { naam: invoerNaam.leerling(i, "geboortejaar"), label: "Geboortejaar", placeholder: "bijv. 2013", waarde: waarde("geboortejaar", l ? String(l.geboortejaar) : ""), maxLengte: 4, breedte: 2 },
    ];
    return { kop: `Leerling ${i + 1}`, boven, naast };
  });
}

function begrotingRijen(c: Criterium, k: StapKaartInvoer): StapData["rijen"] {
  const opgeslagen = (k.aanvraag.antwoorden[c.id] as Begroting | undefined)?.regels ?? [];
  const n = aantalRijen(k.ruw, "b", opgeslagen.length, 2, k.extraRij ?? false);
  return Array.from({ length: n }, (_, i) => {
    const r = opgeslagen[i];
    const waarde = (deel: "omschrijving" | "bedrag", opslag: string) => (k.ruw ? (k.ruw[invoerNaam.regel(i, deel)] ?? "") : opslag);
    return {
      kop: `Regel ${i + 1}`,
      boven: [],
      naast: [
        { naam: invoerNaam.regel(i, "omschrijving"), label: `Omschrijving (${tekens(LIMIET.omschrijving)})`, placeholder: "bijv. inzet ambulant begeleider", waarde: waarde("omschrijving", r?.omschrijving ?? ""), maxLengte: LIMIET.omschrijving, breedte: 2 },
        { naam: invoerNaam.regel(i, "bedrag"), label: "Bedrag (€)", placeholder: "bijv. 1.250,00", waarde: waarde("bedrag", r ? toonBedragInvoer(r.bedrag) : ""), maxLengte: 20, breedte: 1 },
      ],
    };
  });
}

/** The buttons under a step; `actie` makes what each sends back. */
function knoppen(stap: Stap, index: number, aantal: number, maxLeerlingen: number | undefined, actie: (richting: string) => StapActieData, terugNaarControle = false): KnopData[] {
  const k: KnopData[] = [];
  const knop = (titel: string, richting: string, stijl: KnopData["stijl"], inputs: KnopData["inputs"]) => k.push({ titel, stijl, inputs, data: actie(richting) });
  if (terugNaarControle && stap.soort !== "samenvatting") knop("Opslaan en terug naar controleren", "controle", "positive", "auto");
  if (index > 0) knop("Vorige", "vorige", "default", "auto");
  if (stap.soort === "samenvatting") knop("Indienen", "indienen", "positive", "none");
  else {
    knop(index === aantal - 2 ? "Naar controleren" : "Volgende", "volgende", "positive", "auto");
    if (stap.soort === "leerlingen" && maxLeerlingen !== 1) knop("Leerling toevoegen", "rij", "default", "auto");
    if (stap.soort === "begroting") knop("Regel toevoegen", "rij", "default", "auto");
    knop("Opslaan als concept", "opslaan", "default", "auto");
  }
  knop("Stoppen", "annuleren", "destructive", "none");
  return k;
}

function regelTekst(regeling: Regeling): string {
  const regel = regelVan(regeling);
  const heeftEenVan = (r: typeof regel): boolean => r !== undefined && typeof r !== "string" && ("eenVan" in r || r.alleVan.some(heeftEenVan));
  return heeftEenVan(regel) ? "Bij een groep 'één van' volstaat één vinkje; de andere voorwaarden zijn allemaal nodig." : "Aan alle voorwaarden moet zijn voldaan.";
}

function secties(k: StapKaartInvoer, actie: (richting: string) => StapActieData): SectieData[] {
  const problemen = k.problemen ?? [];
  return k.stappen
    .filter((s) => s.soort !== "samenvatting")
    .map((s) => {
      const feiten =
        s.soort === "voorwaarden"
          ? k.regeling.voorwaarden.items.map((v) => ({ title: v.label, value: k.aanvraag.voorwaarden[v.id] ? "Ja" : "Nee" }))
          : s.criteria.map((c) => ({ title: c.label, value: toonAntwoord(c, k.aanvraag.antwoorden[c.id]) }));
      return { titel: s.titel, feiten, fout: s.velden.map((v) => foutVoor(problemen, v)).filter(Boolean).join("\n"), data: { ...actie("naar"), doel: s.id } };
    });
}

/** Build the data of one step card of the guided form. */
export function stapKaart(k: StapKaartInvoer): StapData {
  const stap = k.stappen[k.index]!;
  const problemen = k.problemen ?? [];
  const actie = (richting: string): StapActieData => ({ aanvraagId: k.aanvraag.id, versie: k.aanvraag.versie, stap: stap.id, richting });
  const data: StapData = {
    verb: VERB.aanvraagStap,
    regelingNaam: k.regeling.naam,
    kop: kopVan(k.aanvraag, k.schoolNaam),
    stapNummer: k.index + 1,
    aantalStappen: k.stappen.length,
    stapTitel: stap.titel,
    melding: k.melding ?? "",
    meldingKleur: k.meldingKleur ?? (problemen.length > 0 ? "Attention" : "Good"),
    velden: [],
    rijenTitel: "",
    rijenHelp: "",
    rijen: [],
    rijenFout: "",
    somTekst: "",
    voorwaarden: [],
    voorwaardenRegel: "",
    voorwaardenFout: "",
    secties: [],
    knoppen: knoppen(stap, k.index, k.stappen.length, k.regeling.limieten.maxLeerlingen, actie, k.terugNaarControle),
  };
  const ruwOf = (naam: string, opslag: string) => (k.ruw ? (k.ruw[naam] ?? "") : opslag);
  for (const c of stap.criteria) {
    if (c.type === "leerlingen") {
      data.rijenTitel = c.label;
      data.rijenHelp = c.help ?? "";
      data.rijen = leerlingRijen(c, k);
      data.rijenFout = foutVoor(problemen, c.id);
    } else if (c.type === "begroting") {
      const opgeslagen = k.aanvraag.antwoorden[c.id] as Begroting | undefined;
      data.rijenTitel = c.label;
      data.rijenHelp = c.help ?? "";
      data.rijen = begrotingRijen(c, k);
      data.rijenFout = foutVoor(problemen, c.id);
      const som = data.rijen.reduce((s, r) => s + (leesBedrag(r.naast[1]!.waarde) ?? 0), 0);
      data.somTekst = `Som van de regels: ${formatBedrag(som)}`;
      data.velden.push({
        ...leegVeld,
        soort: "tekst",
        naam: invoerNaam.totaal,
        label: "Totaal aangevraagd bedrag",
        help: "Laat leeg om de som van de regels aan te vragen.",
        waarde: ruwOf(invoerNaam.totaal, opgeslagen && !opgeslagen.totaalBerekend ? toonBedragInvoer(opgeslagen.totaal) : ""),
        maxLengte: 20,
      });
    } else if (c.type === "periode") {
      const p = k.aanvraag.antwoorden[c.id] as Periode | undefined;
      const max = k.regeling.limieten.maxDuurMaanden;
      data.velden.push(
        { ...leegVeld, soort: "datum", naam: invoerNaam.start, label: "Startdatum", help: c.help ?? "", waarde: ruwOf(invoerNaam.start, p?.start ?? "") },
        {
          ...leegVeld,
          soort: "datum",
          naam: invoerNaam.eind,
          label: "Einddatum",
          help: max ? `Hoogstens ${max} ${max === 1 ? "maand" : "maanden"} na de startdatum.` : "",
          waarde: ruwOf(invoerNaam.eind, p?.eind ?? ""),
          fout: foutVoor(problemen, c.id),
        },
      );
    } else data.velden.push(veld(c, ruwOf(invoerNaam.veld(c.id), invoerWaarde(c, k.aanvraag.antwoorden[c.id])), foutVoor(problemen, c.id)));
  }
  if (stap.soort === "voorwaarden") {
    data.voorwaarden = k.regeling.voorwaarden.items.map((v) => ({
      naam: invoerNaam.voorwaarde(v.id),
      label: v.label,
      waarde: ruwOf(invoerNaam.voorwaarde(v.id), k.aanvraag.voorwaarden[v.id] ? "true" : "false"),
    }));
    data.voorwaardenRegel = regelTekst(k.regeling);
    data.voorwaardenFout = foutVoor(problemen, VOORWAARDEN_VELD);
  }
  if (stap.soort === "samenvatting") data.secties = secties(k, actie);
  return data;
}
