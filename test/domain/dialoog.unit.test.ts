import { describe, expect, it } from "vitest";
import type { Aanvraag } from "../../src/domain/aanvraag.js";
import { Aanvraag as AanvraagSchema } from "../../src/domain/aanvraag.js";
import { anonimiseer, VERWIJDERD } from "../../src/domain/bewaartermijn.js";
import { beantwoord, bewerk, dienIn, stuurTerug } from "../../src/domain/lifecycle.js";
import { BESLISSER, CONSULENT, foutcode, ingediend, NU, regeling } from "./builders.js";

const r = regeling("almere-maatwerk");
const later = (min: number) => new Date(NU.getTime() + min * 60_000);

describe("the dialogue after Terugsturen", () => {
  it("keeps every round: who asked, when, the question, the content it was about, the answer, the resubmission", () => {
    const eerst = ingediend(r);
    let a: Aanvraag = stuurTerug(eerst, { vraag: "Waarom 30 uur?" }, { door: BESLISSER }, later(1));
    a = beantwoord(a, { antwoord: "Het zijn er 20." }, { door: CONSULENT }, later(2));
    a = bewerk(a, { antwoorden: { uitvoerder: "Een andere begeleider" } }, { door: CONSULENT }, later(3));
    a = dienIn(a, r, { beslisserId: BESLISSER }, { door: CONSULENT }, later(4));
    a = stuurTerug(a, { vraag: "En het OPP?" }, { door: BESLISSER }, later(5));
    expect(a.dialoog).toHaveLength(2);
    expect(a.dialoog[0]).toMatchObject({
      ronde: 1,
      vraag: "Waarom 30 uur?",
      gevraagdDoor: BESLISSER,
      gevraagdOp: later(1).toISOString(),
      inhoud: { versie: eerst.versie, antwoorden: eerst.antwoorden },
      antwoord: "Het zijn er 20.",
      beantwoordDoor: CONSULENT,
      opnieuwIngediendOp: later(4).toISOString(),
    });
    expect(a.dialoog[1]).toMatchObject({ ronde: 2, vraag: "En het OPP?", inhoud: { antwoorden: { uitvoerder: "Een andere begeleider" } } });
    expect(a.dialoog[1]!.antwoord).toBeUndefined();
    expect(a.geschiedenis.map((g) => g.soort)).toContain("beantwoord");
    expect(AanvraagSchema.parse(JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  it("refuses an empty answer, one over the limit and one with a broken character, and changes nothing", () => {
    const a = stuurTerug(ingediend(r), { vraag: "Vraag?" }, { door: BESLISSER }, NU);
    expect(foutcode(() => beantwoord(a, { antwoord: "  " }, { door: CONSULENT }, NU))).toBe("ANTWOORD_VERPLICHT");
    expect(foutcode(() => beantwoord(a, { antwoord: "x".repeat(2001) }, { door: CONSULENT }, NU))).toBe("ANTWOORD_TE_LANG");
    expect(foutcode(() => beantwoord(a, { antwoord: "half emoji \uD83D" }, { door: CONSULENT }, NU))).toBe("ONGELDIGE_TEKENS");
    expect(foutcode(() => beantwoord(ingediend(r), { antwoord: "Antwoord" }, { door: CONSULENT }, NU))).toBe("ONGELDIGE_OVERGANG");
    expect(a.dialoog[0]!.antwoord).toBeUndefined();
  });

  it("an aanvraag stored before the dialogue existed reads as one without rounds", () => {
    const { dialoog: _weg, ...oud } = ingediend(r);
    expect(AanvraagSchema.parse(JSON.parse(JSON.stringify(oud))).dialoog).toEqual([]);
  });

  it("anonymising removes the questions, answers and the copied content", () => {
    let a: Aanvraag = beantwoord(stuurTerug(ingediend(r), { vraag: "Over LL-100?" }, { door: BESLISSER }, NU), { antwoord: "Ja." }, { door: CONSULENT }, NU);
    a = anonimiseer(a, r, NU);
    expect(a.dialoog[0]).toMatchObject({ vraag: VERWIJDERD, antwoord: VERWIJDERD, inhoud: { antwoorden: {}, voorwaarden: {} } });
    expect(JSON.stringify(a.dialoog)).not.toContain("LL-100");
  });
});
