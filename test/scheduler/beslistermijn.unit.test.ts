import { describe, expect, it } from "vitest";
import { schooldagenTussen } from "../../src/domain/datum.js";
import { teLaat } from "../../src/scheduler/beslistermijn.js";
import { ingediend, regeling } from "../domain/builders.js";

const kerst = [{ naam: "Kerstvakantie 2026-2027", van: "2026-12-19", tot: "2027-01-03" }];

describe("the lead-time norm counts school days", () => {
  it("weekends and holidays are no school days", () => {
    expect(schooldagenTussen("2026-11-02", "2026-11-09")).toBe(5);
    expect(schooldagenTussen("2026-12-18", "2027-01-08", kerst)).toBe(5);
    expect(schooldagenTussen("2026-12-18", "2027-01-08")).toBe(15);
  });

  it("reminds at the norm and tells staff at twice the norm, with keys per round", () => {
    const a = ingediend(regeling("almere-maatwerk"));
    const na5 = teLaat([a], new Date("2026-11-09T10:00:00Z"), 5);
    expect(na5.map((m) => m.niveau)).toEqual(["beslisser"]);
    const na10 = teLaat([a], new Date("2026-11-16T10:00:00Z"), 5);
    expect(na10.map((m) => m.niveau)).toEqual(["beslisser", "staf"]);
    expect(new Set(na10.map((m) => m.sleutel)).size).toBe(2);
    expect(teLaat([a], new Date("2026-11-06T10:00:00Z"), 5)).toEqual([]);
  });
});
