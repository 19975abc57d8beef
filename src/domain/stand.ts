import type { Aanvraag } from "./aanvraag.js";
import { faseLabel } from "./aanvraag.js";
import { datumVan, formatDatum, formatTijdstip, plusSchooldagen, type Vakantie } from "./datum.js";
import type { Regeling } from "./regeling.js";
import { isTraject, openAfspraken } from "./voortgang.js";

/** How an aanvraag stands: its phase, who holds it now and since when, and the next step with its date. */
export interface Stand {
  fase: string;
  bij: "consulent" | "beslisser" | "niemand";
  sinds: string;
  volgende: string;
}

/** The stand of an aanvraag from its state alone (names of people are filled in by the caller). */
export function standVan(a: Aanvraag, r: Regeling, beslistermijnSchooldagen: number, vakanties: readonly Vakantie[] = []): Stand {
  const s = a.status;
  switch (s.fase) {
    case "concept":
      return { fase: faseLabel.concept, bij: "consulent", sinds: formatTijdstip(a.bijgewerktOp), volgende: "De consulent vult de aanvraag verder in en dient hem in." };
    case "ingediend":
      return {
        fase: faseLabel.ingediend,
        bij: "beslisser",
        sinds: formatTijdstip(s.ingediendOp),
        volgende: `Het besluit, volgens de norm van ${beslistermijnSchooldagen} schooldagen uiterlijk ${formatDatum(plusSchooldagen(datumVan(new Date(s.ingediendOp)), beslistermijnSchooldagen, vakanties))}.`,
      };
    case "teruggestuurd":
      return { fase: faseLabel.teruggestuurd, bij: "consulent", sinds: formatTijdstip(s.op), volgende: "De consulent beantwoordt de vraag van de beslisser en dient opnieuw in." };
    case "toegekend":
      return { fase: faseLabel.toegekend, bij: "consulent", sinds: formatTijdstip(s.beschikking.besluitOp), volgende: `De ondersteuning begint op ${formatDatum(s.beschikking.periode.start)}.` };
    case "lopend": {
      const eerst = isTraject(a) ? openAfspraken(a, r, vakanties)[0] : undefined;
      const volgende = eerst ? `${eerst.soort === "evaluatie" ? "De evaluatie" : `Voortgangsgesprek ${eerst.volgnummer}`} op ${formatDatum(eerst.datum)}.` : "De evaluatie.";
      return { fase: faseLabel.lopend, bij: "consulent", sinds: formatTijdstip(s.gestartOp), volgende };
    }
    case "afgesloten":
      return { fase: faseLabel.afgesloten, bij: "niemand", sinds: formatTijdstip(s.evaluatie.vastgelegdOp), volgende: "Geen: het traject is geëvalueerd en afgesloten." };
    case "afgewezen":
      return { fase: faseLabel.afgewezen, bij: "niemand", sinds: formatTijdstip(s.besluitOp), volgende: "Geen: de aanvraag is afgewezen." };
    case "ingetrokken":
      return { fase: faseLabel.ingetrokken, bij: "niemand", sinds: formatTijdstip(s.op), volgende: "Geen: de aanvraag is ingetrokken." };
  }
}
