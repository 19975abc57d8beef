import type { Aanvraag } from "../src/domain/aanvraag.js";
import { formatTijdstip } from "../src/domain/datum.js";
import type { DossierSectie } from "../src/domain/dossier.js";
import type { Regeling } from "../src/domain/regeling.js";
import { vergelijkInhoud } from "../src/domain/wijzigingen.js";
import type { BeslissingData, DialoogData, DossierSectieData } from "./cardData.js";
import { renderCard, type Kaart } from "./render.js";

/** Teams takes at most 40 KB a message; the card stays under this, leaving room for the activity around it. */
export const MAX_KAART_BYTES = 38 * 1024;

/** Lines of a user's text as separate paragraphs: a single line break would run them together on the card. */
export function alinea(tekst: string): string {
  return tekst
    .split(/\r?\n/)
    .map((r) => r.trimEnd())
    .filter((r) => r.trim() !== "")
    .join("\n\n");
}

/** A dossier section as the card template draws it. */
export function sectieData(s: DossierSectie): DossierSectieData {
  const leeg: DossierSectieData = { id: s.id, label: s.label, soort: s.soort, tekst: "", rest: "", items: [], feiten: [], totaal: "", url: "" };
  switch (s.soort) {
    case "tekst":
      return { ...leeg, tekst: alinea(s.tekst.zichtbaar), rest: alinea(s.tekst.rest) };
    case "waarde":
      return { ...leeg, tekst: s.waarde };
    case "lijst":
      return { ...leeg, items: s.items.map((d) => `• ${d}`) };
    case "document":
      return { ...leeg, tekst: s.referentie, url: s.url ?? "" };
    case "leerlingen":
      return {
        ...leeg,
        tekst: s.leerlingen.length === 0 ? "(geen)" : "",
        feiten: s.leerlingen.map((l) => ({ title: l.referentie, value: `${l.initialen}, ${l.geboortejaar}${l.naam ? `, ${l.naam}` : ""}` })),
      };
    case "begroting":
      return { ...leeg, feiten: s.regels.map((r) => ({ title: r.omschrijving, value: r.bedrag })), totaal: `Totaal: ${s.totaal}` };
    case "voorwaarden":
      return { ...leeg, items: s.items.map((v) => (v.voldaan ? `✓ ${v.label}` : `○ ${v.label} (niet aangevinkt)`)) };
  }
}

/**
 * The rounds of question and answer for the decision card. The round of a resubmission
 * says so, and lists what changed since the version the question was about.
 */
export function dialoogData(a: Aanvraag, r: Regeling, naam: (id: string) => string): DialoogData[] {
  return a.dialoog.map((d, i) => {
    const volgende = a.dialoog[i + 1];
    const nieuw = volgende ? volgende.inhoud : a;
    const kop = d.opnieuwIngediendOp
      ? `Opnieuw ingediend op ${formatTijdstip(d.opnieuwIngediendOp)}, na de vraag van ${naam(d.gevraagdDoor)}`
      : `Teruggestuurd op ${formatTijdstip(d.gevraagdOp)} door ${naam(d.gevraagdDoor)}`;
    return {
      kop,
      vraag: d.vraag,
      antwoord: d.antwoord ? `${d.antwoord} (${naam(d.beantwoordDoor ?? a.consulentId)})` : "(nog geen antwoord)",
      wijzigingen: d.opnieuwIngediendOp ? vergelijkInhoud(r, d.inhoud, nieuw).map((w) => ({ label: w.label, oud: w.oud, nieuw: w.nieuw })) : [],
    };
  });
}

/** The size of a card as Teams counts it: its JSON in UTF-8. */
export function kaartBytes(kaart: Kaart): number {
  return Buffer.byteLength(JSON.stringify(kaart), "utf8");
}

/**
 * The decision card, and when the whole dossier does not fit in one message, the
 * rest of the dossier in as many follow-up cards as it takes. Nothing is left out:
 * sections move whole to the next message, in their order.
 */
export function beslissingKaarten(data: BeslissingData, max = MAX_KAART_BYTES): Kaart[] {
  const heel = renderCard("beslissing", data);
  if (kaartBytes(heel) <= max) return [heel];
  const delen: DossierSectieData[][] = [];
  let rest = data.dossier;
  let eerste = rest.length;
  const vervolg = "Het dossier gaat verder in het volgende bericht.";
  while (eerste > 0 && kaartBytes(renderCard("beslissing", { ...data, dossier: rest.slice(0, eerste), vervolg })) > max) eerste -= 1;
  const kop = renderCard("beslissing", { ...data, dossier: rest.slice(0, eerste), vervolg });
  rest = rest.slice(eerste);
  while (rest.length > 0) {
    let n = rest.length;
    while (n > 1 && kaartBytes(renderCard("dossier", { regelingNaam: data.regelingNaam, titel: "", dossier: rest.slice(0, n) })) > max) n -= 1;
    delen.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  return [
    kop,
    ...delen.map((dossier, i) =>
      renderCard("dossier", { regelingNaam: data.regelingNaam, titel: `${data.titel}: dossier, vervolg ${i + 1} van ${delen.length}`, dossier }),
    ),
  ];
}
