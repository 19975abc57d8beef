import { describe, expect, it } from "vitest";
import { doelenVan, MAX_DOELEN, totaalOordeel } from "../../src/domain/doelen.js";
import { regeling } from "./builders.js";

const r = regeling("jaarplan-maatwerk");
const met = (doelen: string | undefined): { antwoorden: Record<string, string> } => ({ antwoorden: doelen === undefined ? {} : { doelen } });

describe("the goals of an aanvraag", () => {
  it("reads one goal per line, without list markers or empty lines", () => {
    const tekst = "1. Leerling leest op AVI-niveau E5\n\n- Leerling werkt 20 minuten zelfstandig\n• Geen verzuim meer\n2) Ouders betrokken bij de aanpak";
    expect(doelenVan(met(tekst), r)).toEqual(["Leerling leest op AVI-niveau E5", "Leerling werkt 20 minuten zelfstandig", "Geen verzuim meer", "Ouders betrokken bij de aanpak"]);
  });

  it("takes a single text as one goal, and no answer as no goals", () => {
    expect(doelenVan(met("De leerling kan weer volledige dagen naar school."), r)).toEqual(["De leerling kan weer volledige dagen naar school."]);
    expect(doelenVan(met(undefined), r)).toEqual([]);
  });

  it(`follows a list longer than ${MAX_DOELEN} as a whole, and shortens a very long goal`, () => {
    expect(doelenVan(met(Array.from({ length: MAX_DOELEN + 1 }, (_, i) => `Doel ${i}`).join("\n")), r)).toEqual([]);
    const [lang] = doelenVan(met("x".repeat(400)), r);
    expect(lang).toHaveLength(300);
    expect(lang!.endsWith("…")).toBe(true);
  });

  it("reads the criterion the regeling names for its goals (innovatie: the problems and goals)", () => {
    const innovatie = regeling("jaarplan-innovatie");
    expect(doelenVan({ antwoorden: { problematiek: "Meer handelingsbekwaamheid bij docenten\nMinder uitval" } }, innovatie)).toEqual(["Meer handelingsbekwaamheid bij docenten", "Minder uitval"]);
  });
});

describe("the overall progress from the goals", () => {
  it("is on course only when every goal is, not when none is, and partly otherwise", () => {
    const d = (...o: ("op-koers" | "deels" | "niet")[]) => o.map((oordeel, i) => ({ doel: `d${i}`, oordeel }));
    expect(totaalOordeel(d("op-koers", "op-koers"))).toBe("op-koers");
    expect(totaalOordeel(d("niet", "niet"))).toBe("niet");
    expect(totaalOordeel(d("op-koers", "niet"))).toBe("deels");
    expect(totaalOordeel(d("deels"))).toBe("deels");
    expect(totaalOordeel([])).toBeUndefined();
  });
});
