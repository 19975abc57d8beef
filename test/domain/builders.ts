import { readFileSync } from "node:fs";
import type { Aanvraag, Antwoord, Begroting, Leerling } from "../../src/domain/aanvraag.js";
import type { Periode } from "../../src/domain/datum.js";
import { isDomainError } from "../../src/domain/errors.js";
import { bewerk, dienIn, kenToe, maakConcept, start, stuurTerug, type Actor, type Toekenning } from "../../src/domain/lifecycle.js";
import { Profiel, type Regeling } from "../../src/domain/regeling.js";
import { SwvConfig, type School } from "../../src/domain/swv.js";

/** A fixed moment for the tests: Monday 2 November 2026, 10:00 in Amsterdam. */
export const NU = new Date("2026-11-02T09:00:00Z");

/** The people of the demo SWV (config/swv/demo.json), by first name. */
export const PERSOON = {
  sanne: "11111111-1111-4111-8111-111111111111",
  mark: "22222222-2222-4222-8222-222222222222",
  fatima: "33333333-3333-4333-8333-333333333333",
  peter: "44444444-4444-4444-8444-444444444444",
  erica: "55555555-5555-4555-8555-555555555555",
  joost: "66666666-6666-4666-8666-666666666666",
  linda: "77777777-7777-4777-8777-777777777777",
  ahmed: "88888888-8888-4888-8888-888888888888",
  noor: "99999999-9999-4999-8999-999999999999",
  karin: "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
} as const;

/** The consulent who fills in the aanvragen of these tests. */
export const CONSULENT = PERSOON.sanne;
/** The decider of these tests: the stadsdeelmanager of 01AA. */
export const BESLISSER = PERSOON.mark;

/** The seed files of /work/shared/seeds, as the tests cite them. */
export const SEED = {
  jaarplan: "000_a513ff208c720dcd.txt",
  zuidLimburg: "001_b9e8201ca010eddb.txt",
  almere: "002_3774631bae1fa221.txt",
  verbinding: "003_3a98448a0ac30e44.txt",
  ondersteuningsplan: "004_9754e28a4d61a73c.txt",
} as const;

/** The shipped profiles, by id. */
export const PROFIELEN = ["almere", "de-verbinding", "jaarplan"] as const;

/** A shipped profile as plain JSON, read from the repository root. */
export function profielJson(id: (typeof PROFIELEN)[number]): unknown {
  return JSON.parse(readFileSync(`config/regelingen/${id}.json`, "utf8"));
}

/** A shipped profile, parsed as the bot parses it. */
export function profiel(id: (typeof PROFIELEN)[number]): Profiel {
  return Profiel.parse(profielJson(id));
}

/** A shipped regeling by id. */
export function regeling(id: string): Regeling {
  const r = PROFIELEN.flatMap((p) => profiel(p).regelingen).find((x) => x.id === id);
  if (!r) throw new Error(`Geen regeling ${id}`);
  return r;
}

/** The demo SWV as plain JSON. */
export function demoSwvJson(): unknown {
  return JSON.parse(readFileSync("config/swv/demo.json", "utf8"));
}

/** The demo SWV, parsed. */
export function demoSwv(): SwvConfig {
  return SwvConfig.parse(demoSwvJson());
}

/** A school of the demo SWV by BRIN. */
export function school(brin: string, swv = demoSwv()): School {
  const s = swv.scholen.find((x) => x.brin === brin);
  if (!s) throw new Error(`Geen school ${brin}`);
  return s;
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

/** A budget of one line of `bedrag` cents. */
export function begroting(bedrag: number): Begroting {
  return { regels: [{ omschrijving: "Begeleiding", bedrag }], totaal: bedrag };
}

/** The period every complete aanvraag of these tests asks for: within three months, in schooljaar 2026-2027. */
export const PERIODE: Periode = { start: "2027-01-04", eind: "2027-03-31" };

/** Answers that satisfy every criterion of a regeling, with the given overrides (undefined removes an answer). */
export function volledigeAntwoorden(r: Regeling, overrides: Record<string, Antwoord | undefined> = {}): Record<string, Antwoord> {
  const antwoorden: Record<string, Antwoord> = {};
  for (const c of r.criteria) {
    switch (c.type) {
      case "leerlingen":
        antwoorden[c.id] = leerlingen(r.limieten.minLeerlingen ?? 1, c.volledigeNaam);
        break;
      case "periode":
        antwoorden[c.id] = PERIODE;
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
        antwoorden[c.id] = PERIODE.start;
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

/** The checklist of a regeling with every condition ticked except those in `uit`. */
export function voorwaarden(r: Regeling, uit: readonly string[] = []): Record<string, boolean> {
  return Object.fromEntries(r.voorwaarden.items.map((v) => [v.id, !uit.includes(v.id)]));
}

/** A draft of a regeling with complete content, for school `brin`. */
export function volledigConcept(
  r: Regeling,
  overrides: Record<string, Antwoord | undefined> = {},
  opties: { nummer?: string; brin?: string } = {},
): Aanvraag {
  const concept = maakConcept(
    {
      id: crypto.randomUUID(),
      nummer: opties.nummer ?? "MW-2026-0001",
      swvId: "demo",
      regelingId: r.id,
      schoolBrin: opties.brin ?? "01AA",
      consulentId: CONSULENT,
    },
    NU,
  );
  return bewerk(concept, { antwoorden: volledigeAntwoorden(r, overrides), voorwaarden: voorwaarden(r) }, { door: CONSULENT }, NU);
}

/** A submitted aanvraag, waiting for BESLISSER. */
export function ingediend(r: Regeling, overrides: Record<string, Antwoord | undefined> = {}, opties: { nummer?: string } = {}): Aanvraag {
  return dienIn(volledigConcept(r, overrides, opties), r, { beslisserId: BESLISSER }, { door: CONSULENT }, NU);
}

/** An aanvraag sent back by BESLISSER with a question. */
export function teruggestuurd(r: Regeling): Aanvraag {
  return stuurTerug(ingediend(r), { vraag: "Kun je het OPP toevoegen?" }, { door: BESLISSER }, NU);
}

/** A grant of a beschikking: `bedrag` cents over PERIODE in 12 school weeks, with overrides. */
export function toekenning(overrides: Partial<Toekenning> = {}): Toekenning {
  return { beschikkingsnummer: "B-MW-2026-0001", bedrag: 100000, periode: PERIODE, schoolweken: 12, ...overrides };
}

/** A granted aanvraag that asked for and received `bedrag` cents. */
export function toegekend(r: Regeling, bedrag: number, opties: { nummer?: string; actor?: Actor } = {}): Aanvraag {
  const a = ingediend(r, { begroting: begroting(bedrag) }, opties);
  return kenToe(a, r, toekenning({ beschikkingsnummer: `B-${a.nummer}`, bedrag }), opties.actor ?? { door: BESLISSER }, NU);
}

/** A granted aanvraag whose support has started. */
export function lopend(r: Regeling, bedrag = 100000): Aanvraag {
  return start(toegekend(r, bedrag), { door: CONSULENT }, NU);
}

/** Run `doe` and return the code of the DomainError it throws, "GEEN_FOUT" when it does not throw. */
export function foutcode(doe: () => unknown): string {
  try {
    doe();
  } catch (error) {
    return isDomainError(error) ? error.code : "ANDERE_FOUT";
  }
  return "GEEN_FOUT";
}

/** Amounts in messages use a non-breaking space after the euro sign; tests read the plain text. */
export function leesbaar(tekst: string): string {
  return tekst.replace(/\u00a0/g, " ");
}

/** `r` configured to split a period over 1 August by schooljaar (for trajecten that run into the next schooljaar). */
export function splitsend(r: Regeling): Regeling {
  return { ...r, limieten: { ...r.limieten, schooljaargrens: "splitsen" } };
}
