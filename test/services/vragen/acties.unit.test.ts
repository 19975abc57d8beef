import { describe, expect, it } from "vitest";
import { actieDefinities, leesActie } from "../../../src/services/vragen/acties.js";

describe("the planner's actions: one per kind of question, arguments parsed with zod", () => {
  it("given valid arguments: the question they stand for, the number normalised as the parser does", () => {
    expect(leesActie("status", { nummer: "mw 2026 7" })).toEqual({ opdracht: { soort: "status", nummer: "MW-2026-0007" } });
    expect(leesActie("volgend-gesprek", { nummer: "IN-2026-0001" })).toEqual({ opdracht: { soort: "volgend-gesprek", nummer: "IN-2026-0001" } });
    expect(leesActie("geschiedenis", {})).toEqual({ opdracht: { soort: "geschiedenis" } });
    expect(leesActie("openstaand", { school: " De Regenboog " })).toEqual({ opdracht: { soort: "openstaand", school: "De Regenboog" } });
    expect(leesActie("rapportage", { schooljaar: "2025-2026" })).toEqual({ opdracht: { soort: "rapportage", schooljaar: "2025-2026" } });
    for (const soort of ["mijn-aanvragen", "bij-mij", "budget", "help"]) expect(leesActie(soort, {})).toEqual({ opdracht: { soort } });
  });

  it("refuses an unknown action, a person in the arguments, bad or missing arguments", () => {
    expect(leesActie("verwijder", {})).toEqual({ reden: "onbekende-actie" });
    expect(leesActie("toString", {})).toEqual({ reden: "onbekende-actie" });
    expect(leesActie("status", { nummer: "MW-2026-0001", persoonId: "x" })).toMatchObject({ reden: "ongeldige-argumenten", actie: "status" });
    expect(leesActie("mijn-aanvragen", { consulent: "x" })).toMatchObject({ reden: "ongeldige-argumenten" });
    expect(leesActie("status", { nummer: "de aanvraag van Jan" })).toMatchObject({ reden: "ongeldige-argumenten" });
    expect(leesActie("openstaand", {})).toMatchObject({ reden: "ongeldige-argumenten" });
    expect(leesActie("help", undefined)).toMatchObject({ reden: "ongeldige-argumenten" });
  });

  it("offers each action to the model with a Dutch description and a closed JSON Schema", () => {
    const definities = actieDefinities();
    expect(definities.map((d) => d.name)).toEqual(["status", "volgend-gesprek", "geschiedenis", "mijn-aanvragen", "bij-mij", "openstaand", "lopend", "budget", "rapportage", "help"]);
    for (const d of definities) {
      expect(d.description.length, d.name).toBeGreaterThan(10);
      expect(d.parameters, d.name).toMatchObject({ type: "object", additionalProperties: false });
    }
    expect(definities.find((d) => d.name === "openstaand")!.parameters).toMatchObject({ required: ["school"] });
  });
});
