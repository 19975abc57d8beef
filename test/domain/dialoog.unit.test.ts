import { describe, expect, it } from "vitest";
import type { Aanvraag } from "../../src/domain/aanvraag.js";
import { Aanvraag as AanvraagSchema } from "../../src/domain/aanvraag.js";
import { anonimiseer, VERWIJDERD } from "../../src/domain/bewaartermijn.js";
import { beantwoord, bewerk, dienIn, stuurTerug } from "../../src/domain/lifecycle.js";
import { BESLISSER, CONSULENT, foutcode, ingediend, NU, regeling } from "./builders.js";
import { fouttekstVan } from "../support/fouttekst.js";

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
    expect(foutcode(() => beantwoord(a, { antwoord: "x".repeat(2001) }, { door: CONSULENT }, NU))).toBe("TEKST_TE_LANG");
    expect(foutcode(() => beantwoord(a, { antwoord: "half emoji \uD83D" }, { door: CONSULENT }, NU))).toBe("ONGELDIGE_TEKENS");
    expect(foutcode(() => beantwoord(ingediend(r), { antwoord: "Antwoord" }, { door: CONSULENT }, NU))).toBe("ONGELDIGE_OVERGANG");
    expect(a.dialoog[0]!.antwoord).toBeUndefined();
  });

  it("an answer over the limit names both lengths, counted as the card counts (UTF-16 code units); exactly at the limit it is kept whole", () => {
    const a = stuurTerug(ingediend(r), { vraag: "Vraag?" }, { door: BESLISSER }, NU);
    expect(fouttekstVan(() => beantwoord(a, { antwoord: "x".repeat(2001) }, { door: CONSULENT }, NU))).toBe(
      "Deze tekst heeft 2.001 tekens; hier passen er hoogstens 2.000. Er is niets ingekort en niets bewaard: maak de tekst korter.",
    );
    expect(foutcode(() => beantwoord(a, { antwoord: "\u{1F600}".repeat(1001) }, { door: CONSULENT }, NU))).toBe("TEKST_TE_LANG");
    expect(beantwoord(a, { antwoord: ` ${"x".repeat(2000)} ` }, { door: CONSULENT }, NU).dialoog[0]!.antwoord).toBe("x".repeat(2000));
  });

  it("an answer stored before the limit counted code units (2,000 emoji: 4,000 units) still loads", () => {
    const a = beantwoord(stuurTerug(ingediend(r), { vraag: "Vraag?" }, { door: BESLISSER }, NU), { antwoord: "Ja." }, { door: CONSULENT }, NU);
    const oud = { ...a, dialoog: [{ ...a.dialoog[0]!, antwoord: "\u{1F600}".repeat(2000) }] };
    expect(AanvraagSchema.parse(JSON.parse(JSON.stringify(oud))).dialoog[0]!.antwoord).toHaveLength(4000);
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
