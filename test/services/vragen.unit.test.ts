import { describe, expect, it } from "vitest";
import { herkenCommando } from "../../src/services/commando.js";
import { herkenVraag, type Vraag } from "../../src/services/vragen/herken.js";

/** What a phrasing must mean: a status question, or one of the older chat commands. */
type Betekenis = Vraag | { commando: string; nummer?: string };

function begrijp(tekst: string): Betekenis | undefined {
  const c = herkenCommando(tekst);
  if (c) return { commando: c.soort, ...("nummer" in c && c.nummer ? { nummer: c.nummer } : {}) };
  return herkenVraag(tekst);
}

const tabel: [string, Betekenis | undefined][] = [
  ["status MW-2026-0007", { soort: "status", nummer: "MW-2026-0007" }],
  ["Status mw-2026-0007", { soort: "status", nummer: "MW-2026-0007" }],
  ["STATUS MW 2026 7", { soort: "status", nummer: "MW-2026-0007" }],
  ["wat is de status van MW-2026-0007?", { soort: "status", nummer: "MW-2026-0007" }],
  ["MW-2026-0007 status", { soort: "status", nummer: "MW-2026-0007" }],
  ["stauts MW-2026-0007", { soort: "status", nummer: "MW-2026-0007" }],
  ["statsu mw-2026-0007", { soort: "status", nummer: "MW-2026-0007" }],
  ["hoe staat MW-2026-0007 ervoor", { soort: "status", nummer: "MW-2026-0007" }],
  ["waar staat IN-2026-0002", { soort: "status", nummer: "IN-2026-0002" }],
  ["MW-2026-0007", { soort: "status", nummer: "MW-2026-0007" }],
  ["mw-2026-0007?", { soort: "status", nummer: "MW-2026-0007" }],
  ["graag de stand van zaken van MW-2026-0012", { soort: "status", nummer: "MW-2026-0012" }],
  ["status", { soort: "status" }],
  ["mijn aanvragen", { soort: "mijn-aanvragen" }],
  ["Mijn Aanvragen", { soort: "mijn-aanvragen" }],
  ["mijn aanvraagen", { soort: "mijn-aanvragen" }],
  ["mijn aanvrgen", { soort: "mijn-aanvragen" }],
  ["aanvragen mijn", { soort: "mijn-aanvragen" }],
  ["laat mijn aanvragen zien", { soort: "mijn-aanvragen" }],
  ["toon mijn aanvragen graag", { soort: "mijn-aanvragen" }],
  ["wat zijn mijn trajecten", { soort: "mijn-aanvragen" }],
  ["mijn dossiers", { soort: "mijn-aanvragen" }],
  ["wat ligt er bij mij", { soort: "bij-mij" }],
  ["Wat ligt er bij mij?", { soort: "bij-mij" }],
  ["wat ligt er bij me", { soort: "bij-mij" }],
  ["bij mij", { soort: "bij-mij" }],
  ["wat moet ik nog besluiten", { soort: "bij-mij" }],
  ["wat moet ik beslissen", { soort: "bij-mij" }],
  ["wat moet ik goedkeuren?", { soort: "bij-mij" }],
  ["wat moet ik nog besluten", { soort: "bij-mij" }],
  ["wat ligt er nog bij mij te wachten", { soort: "bij-mij" }],
  ["openstaande aanvragen De Regenboog", { soort: "openstaand", school: "regenboog" }],
  ["openstaande aanvragen de regenboog", { soort: "openstaand", school: "regenboog" }],
  ["Openstaande aanvragen Basisschool De Regenboog", { soort: "openstaand", school: "basisschool regenboog" }],
  ["openstande aanvragen regenboog", { soort: "openstaand", school: "regenboog" }],
  ["welke aanvragen staan er open bij de Regenboog", { soort: "openstaand", school: "regenboog" }],
  ["lopende aanvragen 01AA", { soort: "openstaand", school: "01aa" }],
  ["openstaande aanvragen", { soort: "openstaand", school: "" }],
  ["open aanvragen het Kompas", { soort: "openstaand", school: "kompas" }],
  ["budget", { soort: "budget" }],
  ["Budget?", { soort: "budget" }],
  ["hoeveel budget is er nog", { soort: "budget" }],
  ["hoeveel budjet is er nog", { soort: "budget" }],
  ["hoeveel budgt is er nog over", { soort: "budget" }],
  ["is er nog budget", { soort: "budget" }],
  ["jaarbudget", { soort: "budget" }],
  ["hoeveel geld is er nog", { soort: "budget" }],
  ["budget overzicht", { soort: "budget" }],
  ["wanneer is het volgende voortgangsgesprek van MW-2026-0003", { soort: "volgend-gesprek", nummer: "MW-2026-0003" }],
  ["volgende gesprek MW-2026-0003", { soort: "volgend-gesprek", nummer: "MW-2026-0003" }],
  ["wanneer is het volgende gesprek van mw 2026 3", { soort: "volgend-gesprek", nummer: "MW-2026-0003" }],
  ["MW-2026-0003 wanneer volgend voortgangsgesprek", { soort: "volgend-gesprek", nummer: "MW-2026-0003" }],
  ["wanneer is het volgende voortgangsgesprk van MW-2026-0003", { soort: "volgend-gesprek", nummer: "MW-2026-0003" }],
  ["eerstvolgende gesprek MW-2026-0003", { soort: "volgend-gesprek", nummer: "MW-2026-0003" }],
  ["wanneer is het volgende voortgangsgesprek", { soort: "volgend-gesprek" }],
  ["rapportage 2026-2027", { soort: "rapportage", schooljaar: "2026-2027" }],
  ["Rapportage 2026 - 2027", { soort: "rapportage", schooljaar: "2026-2027" }],
  ["rapportge 2026-2027", { soort: "rapportage", schooljaar: "2026-2027" }],
  ["monitoring 2026/2027", { soort: "rapportage", schooljaar: "2026-2027" }],
  ["rapportage", { soort: "rapportage" }],
  ["geschiedenis MW-2026-0001", { commando: "geschiedenis", nummer: "MW-2026-0001" }],
  ["Geschiedenis mw-2026-0001", { commando: "geschiedenis", nummer: "MW-2026-0001" }],
  ["historie van MW-2026-0001", { commando: "geschiedenis", nummer: "MW-2026-0001" }],
  ["help", { commando: "help" }],
  ["Help!", { commando: "help" }],
  ["hulp", { commando: "help" }],
  ["nieuwe aanvraag", { commando: "nieuwe-aanvraag" }],
  ["Nieuwe   Aanvraag!", { commando: "nieuwe-aanvraag" }],
  ["mijn concepten", { commando: "mijn-concepten" }],
  ["verleng IN-2026-0001", { commando: "verleng", nummer: "IN-2026-0001" }],
  ["hallo", undefined],
  ["goedemorgen", undefined],
  ["wat is het weer", undefined],
];

describe(`chat questions in Dutch, without any AI service (${tabel.length} phrasings)`, () => {
  it.each(tabel)("%s", (tekst, verwacht) => {
    expect(begrijp(tekst)).toEqual(verwacht);
  });
});
