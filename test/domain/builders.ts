import { readFileSync } from "node:fs";
import type { Aanvraag, Antwoord, Leerling } from "../../src/domain/aanvraag.js";
import { bewerk, dienIn, kenToe, maakConcept } from "../../src/domain/lifecycle.js";
import { Profiel, type Regeling } from "../../src/domain/regeling.js";
import { SwvConfig } from "../../src/domain/swv.js";

/** A fixed moment for the tests: Monday 2 November 2026, 10:00 in Amsterdam. */
export const NU = new Date("2026-11-02T09:00:00Z");
export const CONSULENT = "11111111-1111-4111-8111-111111111111";
export const BESLISSER = "22222222-2222-4222-8222-222222222222";

/** A shipped profile, parsed as the bot parses it. */
export function profiel(id: "almere" | "de-verbinding" | "jaarplan"): Profiel {
  return Profiel.parse(JSON.parse(readFileSync(`config/regelingen/${id}.json`, "utf8")));
}

/** A shipped regeling by id. */
export function regeling(id: string): Regeling {
  for (const p of ["almere", "de-verbinding", "jaarplan"] as const) {
    const r = profiel(p).regelingen.find((x) => x.id === id);
    if (r) return r;
  }
  throw new Error(`Geen regeling ${id}`);
}

/** The demo SWV. */
export function demoSwv(): SwvConfig {
  return SwvConfig.parse(JSON.parse(readFileSync("config/swv/demo.json", "utf8")));
}

/** `n` pupils, with names when `metNaam`. */
export function leerlingen(n: number, metNaam = false): Leerling[] {
  return Array.from({ length: n }, (_, i) => ({
    referentie: `LL-${100 + i}`,
    initialen: "A.B.",
    geboortejaar: 2012,
    ...(metNaam ? { naam: `Leerling ${i + 1}` } : {}),
  }));
}

/** Answers that satisfy every criterion of a regeling, with the given overrides. */
export function volledigeAntwoorden(r: Regeling, overrides: Record<string, Antwoord | undefined> = {}): Record<string, Antwoord> {
  const antwoorden: Record<string, Antwoord> = {};
  for (const c of r.criteria) {
    switch (c.type) {
      case "leerlingen":
        antwoorden[c.id] = leerlingen(r.limieten.minLeerlingen ?? 1, c.volledigeNaam);
        break;
      case "periode":
        antwoorden[c.id] = { start: "2027-01-04", eind: "2027-03-31" };
        break;
      case "begroting":
        antwoorden[c.id] = { regels: [{ omschrijving: "Ambulante begeleiding", bedrag: 300000 }, { omschrijving: "Materiaal", bedrag: 20000 }], totaal: 320000 };
        break;
      case "keuze":
        antwoorden[c.id] = c.meerdere ? [c.opties[0]!.waarde] : c.opties[0]!.waarde;
        break;
      case "jaNee":
        antwoorden[c.id] = true;
        break;
      case "document":
        antwoorden[c.id] = { referentie: "OPP-2026-17" };
        break;
      case "getal":
        antwoorden[c.id] = c.min ?? 1;
        break;
      case "bedrag":
        antwoorden[c.id] = 1000;
        break;
      case "datum":
        antwoorden[c.id] = "2027-01-04";
        break;
      default:
        antwoorden[c.id] = "Een concrete en meetbare beschrijving van wat er nodig is.";
    }
  }
  for (const [id, w] of Object.entries(overrides)) {
    if (w === undefined) delete antwoorden[id];
    else antwoorden[id] = w;
  }
  return antwoorden;
}

/** Every condition of a regeling ticked. */
export function alleVoorwaarden(r: Regeling): Record<string, boolean> {
  return Object.fromEntries(r.voorwaarden.items.map((v) => [v.id, true]));
}

/** A draft of a regeling with complete content. */
export function volledigConcept(r: Regeling, overrides: Record<string, Antwoord | undefined> = {}, nummer = "MW-2026-0001"): Aanvraag {
  const concept = maakConcept(
    { id: crypto.randomUUID(), nummer, swvId: "demo", regelingId: r.id, schoolBrin: "01AA", consulentId: CONSULENT },
    NU,
  );
  return bewerk(concept, { antwoorden: volledigeAntwoorden(r, overrides), voorwaarden: alleVoorwaarden(r) }, { door: CONSULENT }, NU);
}

/** A submitted aanvraag. */
export function ingediend(r: Regeling, overrides: Record<string, Antwoord | undefined> = {}, nummer?: string): Aanvraag {
  return dienIn(volledigConcept(r, overrides, nummer), r, { beslisserId: BESLISSER }, { door: CONSULENT }, NU);
}

/** A granted aanvraag of `bedrag` cents. */
export function toegekend(r: Regeling, bedrag: number, nummer?: string): Aanvraag {
  const totaal = bedrag;
  const a = ingediend(r, { begroting: { regels: [{ omschrijving: "Begeleiding", bedrag: totaal }], totaal } }, nummer);
  return kenToe(a, r, { beschikkingsnummer: `B-${a.nummer}`, bedrag, periode: { start: "2027-01-04", eind: "2027-03-31" }, schoolweken: 12 }, { door: BESLISSER }, NU);
}
