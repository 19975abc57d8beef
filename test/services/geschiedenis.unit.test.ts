import { describe, expect, it } from "vitest";
import type { Aanvraag } from "../../src/domain/aanvraag.js";
import { beantwoord, dienIn, kenToe, stuurTerug } from "../../src/domain/lifecycle.js";
import { auditInZinnen, geschiedenisInZinnen } from "../../src/services/geschiedenis.js";
import type { AuditRegel } from "../../src/storage/ports.js";
import { BESLISSER, CONSULENT, NU, PERSOON, ingediend, regeling, toekenning } from "../domain/builders.js";

const r = regeling("almere-maatwerk");
const namen = (id: string) => ({ [CONSULENT]: "Sanne de Vries", [BESLISSER]: "Mark Jansen", [PERSOON.fatima]: "Fatima El Amrani" })[id] ?? "onbekend";
const zonderTijd = (zinnen: string[]) => zinnen.map((z) => z.replace(/^[^:]+ \d\d:\d\d: /, ""));

function traject(): Aanvraag {
  let a: Aanvraag = stuurTerug(ingediend(r), { vraag: "Waarom 30 uur?" }, { door: BESLISSER }, NU);
  a = beantwoord(a, { antwoord: "Het zijn er 20." }, { door: CONSULENT }, NU);
  a = dienIn(a, r, { beslisserId: BESLISSER }, { door: CONSULENT }, NU);
  return kenToe(a, r, toekenning(), { door: PERSOON.fatima, namens: BESLISSER }, NU);
}

describe("the history of an aanvraag in sentences", () => {
  it("for the people involved: who did what, the question and the answer, no event codes", () => {
    expect(zonderTijd(geschiedenisInZinnen(traject(), namen))).toEqual([
      "Sanne de Vries begon de aanvraag als concept.",
      "Sanne de Vries diende de aanvraag in.",
      "Mark Jansen stuurde de aanvraag terug met de vraag: Waarom 30 uur?",
      "Sanne de Vries beantwoordde de vraag: Het zijn er 20.",
      "Sanne de Vries diende de aanvraag opnieuw in.",
      "Fatima El Amrani (namens Mark Jansen) kende de aanvraag toe.",
    ]);
  });

  it("for staff, from the audit log, refused attempts included", () => {
    const op = NU.toISOString();
    const regel = (actor: string, actie: string, extra: Partial<AuditRegel> = {}): AuditRegel => ({ op, actor, actie, uitkomst: "toegestaan", ...extra });
    const log = [
      regel(CONSULENT, "concept-gemaakt", { naar: "concept" }),
      regel(CONSULENT, "ingediend", { van: "concept", naar: "ingediend" }),
      regel(PERSOON.peter, "toekennen", { uitkomst: "geweigerd", reden: "niet de beslisser of diens vervanger" }),
      regel(BESLISSER, "terugsturen", { van: "ingediend", naar: "teruggestuurd" }),
      regel(CONSULENT, "vraag-beantwoord"),
      regel(CONSULENT, "ingediend", { van: "teruggestuurd", naar: "ingediend" }),
      regel(PERSOON.fatima, "toekennen", { van: "ingediend", naar: "toegekend", reden: `namens ${BESLISSER}` }),
    ];
    expect(zonderTijd(auditInZinnen(log, traject(), namen))).toEqual([
      "Sanne de Vries begon de aanvraag als concept.",
      "Sanne de Vries diende de aanvraag in.",
      "onbekend probeerde de aanvraag toe te kennen; dat is geweigerd: niet de beslisser of diens vervanger.",
      "Mark Jansen stuurde de aanvraag terug met de vraag: Waarom 30 uur?",
      "Sanne de Vries beantwoordde de vraag: Het zijn er 20.",
      "Sanne de Vries diende de aanvraag opnieuw in.",
      "Fatima El Amrani (namens Mark Jansen) kende de aanvraag toe.",
    ]);
  });
});
