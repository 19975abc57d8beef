import { describe, expect, it } from "vitest";
import { COMMANDOS, herkenCommando } from "../../bot/commandos.js";

describe("chat commands", () => {
  it.each([
    ["nieuwe aanvraag", { soort: "nieuwe-aanvraag" }],
    ["Nieuwe Aanvraag!", { soort: "nieuwe-aanvraag" }],
    ["ik wil een nieuwe aanvraag doen", { soort: "nieuwe-aanvraag" }],
    ["mijn concepten", { soort: "mijn-concepten" }],
    ["Concepten", { soort: "mijn-concepten" }],
    ["help", { soort: "help" }],
    ["HULP", { soort: "help" }],
    ["geschiedenis mw 2026 3", { soort: "geschiedenis", nummer: "MW-2026-0003" }],
    ["geen vervanger", { soort: "geen-vervanger" }],
    ["vervanger Fatima El Amrani van 23-11-2026 tot 4-12-2026", { soort: "vervanger", naam: "Fatima El Amrani", van: "2026-11-23", tot: "2026-12-04" }],
    ["Vervanger Peter tot en met 2027-01-08", { soort: "vervanger", naam: "Peter", tot: "2027-01-08" }],
    ["wat is het weer", undefined],
  ])("%s", (tekst, verwacht) => expect(herkenCommando(tekst)).toEqual(verwacht));

  it.each(COMMANDOS.map((r) => [r.soort, r.voorbeeld] as const))("the row %s is recognised from its own example '%s'", (soort, voorbeeld) => {
    expect(herkenCommando(voorbeeld)?.soort).toBe(soort);
  });

  it("has one row per command", () => {
    const soorten = COMMANDOS.map((r) => r.soort);
    expect(new Set(soorten).size).toBe(soorten.length);
  });
});
