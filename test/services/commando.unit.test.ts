import { describe, expect, it } from "vitest";
import { herkenCommando, leesDatum } from "../../src/services/commando.js";
import { leesBedrag } from "../../src/services/formulier/invoer.js";

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

  it("reads dates as users type them", () => {
    expect(leesDatum("4-12-2026")).toBe("2026-12-04");
    expect(leesDatum("2026-12-04")).toBe("2026-12-04");
    expect(leesDatum("morgen")).toBeUndefined();
  });
});

describe("amounts as Dutch users type them", () => {
  it.each([
    ["1.250,50", 125050],
    ["€ 800", 80000],
    ["1250", 125000],
    ["12,5", 1250],
    ["12.50", 1250],
    ["1.000.000", 100000000],
    ["", undefined],
    ["twaalf", undefined],
    ["1,2,3", undefined],
    ["-5", undefined],
  ])("%s", (tekst, centen) => expect(leesBedrag(tekst)).toBe(centen));
});
