import { describe, expect, it } from "vitest";
import { regeling } from "./builders.js";

const SEED = "000_a513ff208c720dcd.txt";
const maatwerk = regeling("jaarplan-maatwerk");
const innovatie = regeling("jaarplan-innovatie");
const labels = (r: typeof maatwerk) => r.criteria.map((c) => c.label.toLowerCase());

describe(`Jaarplan maatwerk en innovatie (${SEED})`, () => {
  it(`${SEED}: a maatwerk aanvraag covers the eight criteria`, () => {
    const l = labels(maatwerk).join(" | ");
    for (const onderwerp of ["waarom", "doelen", "meetbare", "doelgroep", "plaatsvinden", "wie voert", "planning", "budget"]) expect(l).toContain(onderwerp);
    expect(maatwerk.criteria.find((c) => c.type === "periode")).toBeDefined();
    expect(maatwerk.criteria.find((c) => c.type === "begroting")).toBeDefined();
  });

  it(`${SEED}: an innovatie aanvraag covers the seven criteria, for the school rather than named pupils`, () => {
    const l = labels(innovatie).join(" | ");
    for (const onderwerp of ["problematiek", "meetbare", "doelgroep", "ontwikkelactiviteiten", "leiding", "planning", "budget"]) expect(l).toContain(onderwerp);
    expect(innovatie.criteria).toHaveLength(7);
    expect(innovatie.criteria.some((c) => c.type === "leerlingen")).toBe(false);
  });

  it(`${SEED}: innovatie runs one year and may be extended at most once, with an evaluation`, () => {
    expect(innovatie.soort).toBe("innovatie");
    expect(innovatie.limieten.maxDuurMaanden).toBe(12);
    expect(innovatie.verlenging.maxAantal).toBe(1);
    expect(innovatie.verlenging.evaluatie.map((v) => v.label.toLowerCase()).join(" | ")).toMatch(/doelen behaald.*opbrengsten.*tweede jaar/);
    expect(maatwerk.verlenging.maxAantal).toBe(0);
  });

  it(`${SEED}: a school with an innovatiebudget presents at a directiekring and a werkveldbijeenkomst`, () => {
    expect(innovatie.vervolgacties.map((v) => v.label.toLowerCase()).join(" | ")).toMatch(/directiekring.*werkveldbijeenkomst/);
  });
});
