import { describe, expect, it } from "vitest";
import { leesBedrag } from "../../../src/services/formulier/invoer.js";

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
