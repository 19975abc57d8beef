import { describe, expect, it } from "vitest";
import { DomainError, fouttekst } from "../../src/domain/errors.js";

describe("a coded error", () => {
  it("given a name a user typed, when it is raised, then its message is the code alone: logs and stack traces never hold the typed text", () => {
    const fout = new DomainError("PERSOON_ONBEKEND", { naam: "Eva Mulder" });
    expect(fout.message).toBe("PERSOON_ONBEKEND");
    expect(fout.stack).not.toContain("Eva");
    expect(fout).toMatchObject({ name: "DomainError", code: "PERSOON_ONBEKEND", params: { naam: "Eva Mulder" } });
  });

  it("is put into Dutch by fouttekst, from the catalogue", () => {
    expect(fouttekst(new DomainError("PERSOON_ONBEKEND", { naam: "Eva Mulder" }))).toBe("Ik ken niemand die 'Eva Mulder' heet in dit samenwerkingsverband.");
    expect(fouttekst(new DomainError("VERSIECONFLICT"))).toBe("Iemand anders heeft deze aanvraag net gewijzigd. Open de aanvraag opnieuw en probeer het nog eens.");
  });
});
