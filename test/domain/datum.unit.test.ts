import { describe, expect, it } from "vitest";
import { datumVan, IsoDatum, jaarVan, langerDanMaanden, plusSchooldagen, schooljaarVan } from "../../src/domain/datum.js";
import { SEED } from "./builders.js";

describe(`schooljaar: budgets and beschikkingen count per schooljaar (003 ${SEED.verbinding}: toekenning per schooljaar)`, () => {
  it.each([
    ["2026-07-31", "2025-2026"],
    ["2026-08-01", "2026-2027"],
    ["2026-12-31", "2026-2027"],
    ["2027-01-01", "2026-2027"],
    ["2027-07-31", "2026-2027"],
    ["2027-08-01", "2027-2028"],
  ])("003: %s falls in schooljaar %s (1 August to 31 July)", (datum, schooljaar) => {
    expect(schooljaarVan(datum)).toBe(schooljaar);
  });

  it("003: the date of an instant is read in Amsterdam, so late on 31 July UTC is already 1 August", () => {
    expect(datumVan(new Date("2027-07-31T22:30:00Z"))).toBe("2027-08-01");
    expect(schooljaarVan(datumVan(new Date("2027-07-31T22:30:00Z")))).toBe("2027-2028");
  });
});

describe(`durations in calendar months, end date included (002 ${SEED.almere}: maximaal drie maanden)`, () => {
  it.each([
    [{ start: "2027-03-01", eind: "2027-05-31" }, false],
    [{ start: "2027-03-01", eind: "2027-06-01" }, true],
    [{ start: "2026-12-01", eind: "2027-02-28" }, false],
    [{ start: "2026-12-01", eind: "2027-03-01" }, true],
    [{ start: "2027-03-15", eind: "2027-06-14" }, false],
    [{ start: "2027-03-15", eind: "2027-06-15" }, true],
  ])("002: %o is longer than three months: %s", (periode, langer) => {
    expect(langerDanMaanden(periode, 3)).toBe(langer);
  });
});

describe("dates typed by users", () => {
  it.each([["2027-02-29"], ["2027-13-01"], ["1-3-2027"], ["2027-3-1"]])("%s is not a valid date", (tekst) => {
    expect(IsoDatum.safeParse(tekst).success).toBe(false);
  });

  it("a leap day in a leap year is valid", () => {
    expect(IsoDatum.safeParse("2028-02-29").success).toBe(true);
  });
});

describe("counting school days forward", () => {
  it("skips weekends and the holidays of the SWV's region", () => {
    const kerst = [{ naam: "Kerstvakantie", van: "2026-12-19", tot: "2027-01-03" }];
    expect(plusSchooldagen("2026-11-23", 5)).toBe("2026-11-30");
    expect(plusSchooldagen("2026-12-17", 3, kerst)).toBe("2027-01-05");
    expect(plusSchooldagen("2026-12-17", 0, kerst)).toBe("2026-12-17");
  });
});

describe("the year an aanvraag is numbered in", () => {
  it("is Amsterdam's calendar year, also in the first hour of New Year's Day when UTC is still in the old year", () => {
    expect(jaarVan(new Date("2026-12-31T22:59:00Z"))).toBe(2026);
    expect(jaarVan(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
  });
});
