import { describe, expect, it } from "vitest";
import { leesDatum, leesVervanger, normaliseer } from "../../src/services/chattekst.js";

describe("text as users type it in chat", () => {
  it("reads dates as users type them", () => {
    expect(leesDatum("4-12-2026")).toBe("2026-12-04");
    expect(leesDatum("2026-12-04")).toBe("2026-12-04");
    expect(leesDatum("morgen")).toBeUndefined();
  });

  it("reads the deputy, for whom and the dates after the command word, names as typed", () => {
    expect(leesVervanger("vervanger Fatima El Amrani voor Mark Jansen tot 4-12-2026")).toEqual({ naam: "Fatima El Amrani", voor: "Mark Jansen", tot: "2026-12-04" });
    expect(leesVervanger("vervanger")).toEqual({ naam: "" });
  });

  it("normalises case, accents, punctuation and spaces", () => {
    expect(normaliseer("  Nieuwe   Áánvraag! ")).toBe("nieuwe aanvraag");
  });
});
