import type { Aanvraag, Gebeurtenis } from "../domain/aanvraag.js";
import { formatTijdstip } from "../domain/datum.js";
import type { AuditRegel } from "../storage/ports.js";

/** A person's name by their id. */
export type Namen = (id: string) => string;

function metNamens(naam: string, namens: string | undefined, namen: Namen): string {
  return namens ? `${naam} (namens ${namen(namens)})` : naam;
}

function regel(op: string, zin: string): string {
  return `${formatTijdstip(op)}: ${zin}`;
}

/** What one event of the aanvraag's own history says, as a sentence; undefined for an edit of the content. */
function zinVan(g: Gebeurtenis, namen: Namen, eerderTeruggestuurd: boolean): string | undefined {
  const wie = metNamens(namen(g.door), g.namens, namen);
  const t = g.toelichting;
  switch (g.soort) {
    case "aangemaakt":
      return `${wie} begon de aanvraag als concept.`;
    case "bewerkt":
      return undefined;
    case "ingediend":
      return eerderTeruggestuurd ? `${wie} diende de aanvraag opnieuw in.` : `${wie} diende de aanvraag in.`;
    case "teruggestuurd":
      return `${wie} stuurde de aanvraag terug met de vraag: ${t ?? "(geen vraag vastgelegd)"}`;
    case "beantwoord":
      return `${wie} beantwoordde de vraag: ${t ?? ""}`.trimEnd();
    case "toegekend":
      return `${wie} kende de aanvraag toe.`;
    case "afgewezen":
      return `${wie} wees de aanvraag af met als reden: ${t ?? "(geen reden vastgelegd)"}`;
    case "gestart":
      return "De ondersteuning is gestart.";
    case "afgesloten":
      return `${wie} legde de evaluatie vast; het traject is afgesloten.`;
    case "ingetrokken":
      return t ? `${wie} trok de aanvraag in, met als reden: ${t}` : `${wie} trok de aanvraag in.`;
    case "voortgangsgesprek":
      return `${wie} legde een voortgangsgesprek vast.`;
    case "verzet":
      return `${wie} verzette een afspraak.`;
    case "vervolgactie":
      return `${wie} legde een vervolgactie vast.`;
    case "geanonimiseerd":
      return "De gegevens over leerlingen zijn verwijderd, omdat de bewaartermijn voorbij is.";
    default: {
      const nooit: never = g.soort;
      return nooit;
    }
  }
}

/** The history of an aanvraag in sentences a person reads, oldest first: for the consulent and the deciders involved. */
export function geschiedenisInZinnen(a: Pick<Aanvraag, "geschiedenis">, namen: Namen): string[] {
  let teruggestuurd = false;
  const zinnen: string[] = [];
  for (const g of a.geschiedenis) {
    const zin = zinVan(g, namen, teruggestuurd);
    if (g.soort === "teruggestuurd") teruggestuurd = true;
    if (zin) zinnen.push(regel(g.op, zin));
  }
  return zinnen;
}

const POGING: Record<string, string> = {
  toekennen: "de aanvraag toe te kennen",
  afwijzen: "de aanvraag af te wijzen",
  terugsturen: "de aanvraag terug te sturen",
};

/**
 * The audit log of an aanvraag in sentences, oldest first: for staff, refused attempts
 * included. The question, answer or reason of a step comes from the aanvraag's own history.
 */
export function auditInZinnen(regels: readonly AuditRegel[], a: Pick<Aanvraag, "geschiedenis">, namen: Namen): string[] {
  // The n-th allowed decision of a kind in the log is the n-th event of that kind in the aanvraag's history.
  const gezien = new Map<Gebeurtenis["soort"], number>();
  const toelichting = (_op: string, soort: Gebeurtenis["soort"]) => {
    const n = gezien.get(soort) ?? 0;
    gezien.set(soort, n + 1);
    return a.geschiedenis.filter((g) => g.soort === soort)[n]?.toelichting;
  };
  return regels.map((r) => {
    const namens = /^namens (.+)$/.exec(r.reden ?? "")?.[1];
    const wie = metNamens(namen(r.actor), namens, namen);
    if (r.uitkomst === "geweigerd")
      return regel(r.op, `${wie} probeerde ${POGING[r.actie] ?? `'${r.actie}' te doen`}; dat is geweigerd${r.reden ? `: ${r.reden}` : ""}.`);
    switch (r.actie) {
      case "concept-gemaakt":
        return regel(r.op, `${wie} begon de aanvraag als concept.`);
      case "verlenging-gemaakt":
        return regel(r.op, `${wie} begon de aanvraag als ${r.reden ?? "verlenging"}.`);
      case "concept-verwijderd":
        return regel(r.op, `${wie} verwijderde het concept.`);
      case "ingediend":
        return regel(r.op, r.van === "teruggestuurd" ? `${wie} diende de aanvraag opnieuw in.` : `${wie} diende de aanvraag in.`);
      case "vraag-beantwoord":
        return regel(r.op, `${wie} beantwoordde de vraag: ${toelichting(r.op, "beantwoord") ?? ""}`.trimEnd());
      case "terugsturen":
        return regel(r.op, `${wie} stuurde de aanvraag terug met de vraag: ${toelichting(r.op, "teruggestuurd") ?? "(geen vraag vastgelegd)"}`);
      case "toekennen":
        return regel(r.op, `${wie} kende de aanvraag toe.`);
      case "afwijzen":
        return regel(r.op, `${wie} wees de aanvraag af met als reden: ${toelichting(r.op, "afgewezen") ?? "(geen reden vastgelegd)"}`);
      case "voortgangsgesprek":
        return regel(r.op, `${wie} legde een voortgangsgesprek vast.`);
      case "evaluatie":
        return regel(r.op, `${wie} legde de evaluatie vast; het traject is afgesloten.`);
      case "vervolgactie":
        return regel(r.op, `${wie} legde een vervolgactie vast.`);
      case "verzet":
        return regel(r.op, `${wie} verzette een afspraak.`);
      case "geanonimiseerd":
        return regel(r.op, `De gegevens over leerlingen zijn verwijderd (${r.reden ?? "bewaartermijn verstreken"}).`);
      default:
        return regel(r.op, `${wie}: ${r.actie}${r.reden ? ` (${r.reden})` : ""}.`);
    }
  });
}
