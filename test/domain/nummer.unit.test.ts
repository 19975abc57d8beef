import { describe, expect, it } from "vitest";
import { Aanvraagnummer } from "../../src/domain/aanvraag.js";
import { beschikkingsnummer, formatNummer, leesNummer, tellerSleutel } from "../../src/domain/nummer.js";
import { nummerPrefix } from "../../src/domain/regeling.js";

describe("aanvraag numbers: readable for people who ask about them in chat", () => {
  it("a number is prefix, calendar year and a sequence of at least four digits", () => {
    expect(formatNummer("MW", 2026, 1)).toBe("MW-2026-0001");
    expect(formatNummer("IN", 2027, 42)).toBe("IN-2027-0042");
    expect(formatNummer("MW", 2026, 12345)).toBe("MW-2026-12345");
    expect(Aanvraagnummer.safeParse("MW-2026-0001").success).toBe(true);
    expect(Aanvraagnummer.safeParse("MW-2026-1").success).toBe(false);
  });

  it("maatwerk numbers start with MW and innovatie numbers with IN, each with its own sequence per SWV and year", () => {
    expect(nummerPrefix("maatwerk-individueel")).toBe("MW");
    expect(nummerPrefix("maatwerk-groepsaanpak")).toBe("MW");
    expect(nummerPrefix("innovatie")).toBe("IN");
    expect(tellerSleutel("demo", "MW", 2026)).not.toBe(tellerSleutel("demo", "IN", 2026));
    expect(tellerSleutel("demo", "MW", 2026)).not.toBe(tellerSleutel("demo", "MW", 2027));
  });

  it("the beschikking carries the number of its aanvraag", () => {
    expect(beschikkingsnummer("MW-2026-0007")).toBe("B-MW-2026-0007");
  });

  it.each([
    ["MW-2026-0007", "MW-2026-0007"],
    ["mw-2026-0007", "MW-2026-0007"],
    ["mw 2026 7", "MW-2026-0007"],
    ["MW2026-7", "MW-2026-0007"],
    ["mw_2026_07", "MW-2026-0007"],
    ["hoe staat het met mw 2026 7?", "MW-2026-0007"],
    ["status (IN-2026-0012), graag", "IN-2026-0012"],
    ["geschiedenis MW-2027-12345", "MW-2027-12345"],
  ])("leesNummer reads %j as %s", (tekst, nummer) => {
    expect(leesNummer(tekst)).toBe(nummer);
  });

  it.each([["status van mijn aanvraag"], ["MW-26-7"], ["XY-2026-0007"], ["mw 2026"]])("leesNummer finds no number in %j", (tekst) => {
    expect(leesNummer(tekst)).toBeUndefined();
  });
});
