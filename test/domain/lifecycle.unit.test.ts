import { describe, expect, it } from "vitest";
import type { Aanvraag } from "../../src/domain/aanvraag.js";
import { fouttekst, isDomainError } from "../../src/domain/errors.js";
import { bewerk, dienIn, kenToe, maakConcept, sluitAf, start, stuurTerug, trekIn, wijsAf } from "../../src/domain/lifecycle.js";
import {
  BESLISSER,
  CONSULENT,
  foutcode,
  ingediend,
  lopend,
  NU,
  PERSOON,
  regeling,
  SEED,
  teruggestuurd,
  toegekend,
  toekenning,
  volledigConcept,
} from "./builders.js";
import { fouttekstVan } from "../support/fouttekst.js";

const almere = regeling("almere-maatwerk");
const consulent = { door: CONSULENT };
const beslisser = { door: BESLISSER };

/** Every action a user can take, applied to an aanvraag in any phase. */
const acties: Record<string, (a: Aanvraag) => unknown> = {
  bewerken: (a) => bewerk(a, { antwoorden: { doelen: "Andere doelen, concreet beschreven." } }, consulent, NU),
  indienen: (a) => dienIn(a, almere, { beslisserId: BESLISSER }, consulent, NU),
  terugsturen: (a) => stuurTerug(a, { vraag: "Graag het OPP." }, beslisser, NU),
  toekennen: (a) => kenToe(a, almere, toekenning(), beslisser, NU),
  afwijzen: (a) => wijsAf(a, { reden: "Niet passend." }, beslisser, NU),
  starten: (a) => start(a, consulent, NU),
  afsluiten: (a) => sluitAf(a, { antwoorden: { effect: "ja" } }, consulent, NU),
  intrekken: (a) => trekIn(a, {}, consulent, NU),
};

const inFase: Record<string, () => Aanvraag> = {
  concept: () => volledigConcept(almere),
  ingediend: () => ingediend(almere),
  teruggestuurd: () => teruggestuurd(almere),
  toegekend: () => toegekend(almere, 100000),
  afgewezen: () => wijsAf(ingediend(almere), { reden: "Niet passend." }, beslisser, NU),
  lopend: () => lopend(almere),
  afgesloten: () => sluitAf(lopend(almere), { antwoorden: { effect: "ja" } }, consulent, NU),
  ingetrokken: () => trekIn(volledigConcept(almere), {}, consulent, NU),
};

/** Which actions each phase allows (002 step plan: submit, decide, run, evaluate). */
const toegestaan: Record<string, string[]> = {
  concept: ["bewerken", "indienen", "intrekken"],
  ingediend: ["terugsturen", "toekennen", "afwijzen", "intrekken"],
  teruggestuurd: ["bewerken", "indienen", "intrekken"],
  toegekend: ["starten", "afsluiten"],
  afgewezen: [],
  lopend: ["afsluiten"],
  afgesloten: [],
  ingetrokken: [],
};

describe(`aanvraag lifecycle (002 step plan, ${SEED.almere})`, () => {
  it("002: a new draft is empty, at version 0, with who created it in its history", () => {
    const a = maakConcept({ id: crypto.randomUUID(), nummer: "MW-2026-0001", swvId: "demo", regelingId: almere.id, schoolBrin: "01AA", consulentId: CONSULENT }, NU);
    expect(a).toMatchObject({ status: { fase: "concept" }, versie: 0, antwoorden: {}, voorwaarden: {}, stap: 0 });
    expect(a.geschiedenis).toEqual([{ op: NU.toISOString(), door: CONSULENT, soort: "aangemaakt" }]);
  });

  describe("002: only the allowed steps; anything else is an illegal transition with code ONGELDIGE_OVERGANG", () => {
    const gevallen = Object.keys(inFase).flatMap((fase) => Object.keys(acties).map((actie) => ({ fase, actie, mag: toegestaan[fase]!.includes(actie) })));

    it.each(gevallen.filter((g) => !g.mag))("given an aanvraag that is $fase, when $actie, then ONGELDIGE_OVERGANG", ({ fase, actie }) => {
      expect(foutcode(() => acties[actie]!(inFase[fase]!()))).toBe("ONGELDIGE_OVERGANG");
    });

    it.each(gevallen.filter((g) => g.mag))("given an aanvraag that is $fase, when $actie, then it is allowed", ({ fase, actie }) => {
      expect(foutcode(() => acties[actie]!(inFase[fase]!()))).toBe("GEEN_FOUT");
    });

    it("given a draft, when someone grants it, then the message says so in Dutch", () => {
      expect(fouttekstVan(() => acties.toekennen!(volledigConcept(almere)))).toBe("Dit kan niet: een aanvraag met status 'concept' kan niet worden toegekend.");
    });

    it("given a granted aanvraag, when the consulent edits it, then the message says so in Dutch", () => {
      expect(fouttekstVan(() => acties.bewerken!(toegekend(almere, 100000)))).toBe("Dit kan niet: een aanvraag met status 'toegekend' kan niet worden bewerkt.");
    });
  });

  it(`000: an incomplete draft cannot be submitted, and the error lists every problem (${SEED.jaarplan})`, () => {
    const onvolledig = volledigConcept(almere, { doelen: undefined, periode: { start: "2027-03-01", eind: "2027-02-01" } });
    let fout: unknown;
    try {
      dienIn(onvolledig, almere, { beslisserId: BESLISSER }, consulent, NU);
    } catch (error) {
      fout = error;
    }
    expect(isDomainError(fout, "AANVRAAG_ONVOLLEDIG") && fouttekst(fout)).toBe("De aanvraag is nog niet compleet: 2 punten vragen aandacht.");
    expect((fout as { details: { veld: string; bericht: string }[] }).details).toMatchObject([
      { veld: "doelen", bericht: "Vul 'Concrete doelen' in." },
      { veld: "periode", bericht: "De einddatum ligt voor de startdatum." },
    ]);
  });

  describe("sent back for more: the same decider gets the next version", () => {
    it("given a submitted aanvraag, when the decider asks a question, then it is teruggestuurd with the question and its decider", () => {
      expect(teruggestuurd(almere).status).toMatchObject({ fase: "teruggestuurd", vraag: "Kun je het OPP toevoegen?", door: BESLISSER, beslisserId: BESLISSER, ronde: 1 });
    });

    it("given an empty question, then sending back is refused", () => {
      expect(foutcode(() => stuurTerug(ingediend(almere), { vraag: " " }, beslisser, NU))).toBe("VRAAG_VERPLICHT");
    });

    it("given it was sent back and edited, when resubmitted, then it returns to the same decider in round two", () => {
      const bewerkt = bewerk(teruggestuurd(almere), { antwoorden: { opp: { referentie: "OPP-2026-99" } } }, consulent, NU);
      const opnieuw = dienIn(bewerkt, almere, { beslisserId: PERSOON.fatima }, consulent, NU);
      expect(opnieuw.status).toMatchObject({ fase: "ingediend", beslisserId: BESLISSER, ronde: 2 });
    });
  });

  describe(`002: a beschikking grants at most what was asked, with a valid period and number of school weeks`, () => {
    it.each([
      ["more than asked", { bedrag: 320001 }, "BEDRAG_BOVEN_AANGEVRAAGD"],
      ["nothing", { bedrag: 0 }, "BEDRAG_ONGELDIG"],
      ["a fraction of a cent", { bedrag: 100.5 }, "BEDRAG_ONGELDIG"],
      ["0 school weeks", { schoolweken: 0 }, "SCHOOLWEKEN_ONGELDIG"],
      ["53 school weeks", { schoolweken: 53 }, "SCHOOLWEKEN_ONGELDIG"],
      ["an end before the start", { periode: { start: "2027-03-01", eind: "2027-02-28" } }, "PERIODE_ONGELDIG"],
    ])("given a grant of %s, then it is refused", (_wat, wijziging, code) => {
      expect(foutcode(() => kenToe(ingediend(almere), almere, toekenning(wijziging), beslisser, NU))).toBe(code);
    });

    it("given all that was asked (€ 3.200), then it is granted", () => {
      expect(kenToe(ingediend(almere), almere, toekenning({ bedrag: 320000 }), beslisser, NU).status.fase).toBe("toegekend");
    });
  });

  describe("the decider's text (onderbouwing, reason, question) over its limit is refused with both lengths, never cut", () => {
    /** A text of exactly `n` UTF-16 code units, without whitespace at either end. */
    const tekst = (n: number) => `${"Geen half jaar extra ondersteuning. ".repeat(Math.ceil(n / 36)).slice(0, n - 1)}.`;
    const besluiten: [string, (t: string) => Aanvraag, (a: Aanvraag) => string | undefined][] = [
      ["toekennen", (t) => kenToe(ingediend(almere), almere, toekenning({ toelichting: t }), beslisser, NU), (a) => ("beschikking" in a.status ? a.status.beschikking.toelichting : undefined)],
      ["afwijzen", (t) => wijsAf(ingediend(almere), { reden: t }, beslisser, NU), (a) => (a.status.fase === "afgewezen" ? a.status.reden : undefined)],
      ["terugsturen", (t) => stuurTerug(ingediend(almere), { vraag: t }, beslisser, NU), (a) => (a.status.fase === "teruggestuurd" ? a.status.vraag : undefined)],
    ];

    it.each(besluiten)("%s: 2,001 characters are refused (TEKST_TE_LANG, both lengths in Dutch notation); exactly 2,000 are kept whole", (_soort, beslis, bewaard) => {
      expect(fouttekstVan(() => beslis(tekst(2001)))).toBe("Deze tekst heeft 2.001 tekens; hier passen er hoogstens 2.000. Er is niets ingekort en niets bewaard: maak de tekst korter.");
      expect(foutcode(() => beslis(`  ${tekst(2000)}  `))).toBe("GEEN_FOUT");
      expect(bewaard(beslis(tekst(2000)))).toBe(tekst(2000));
    });

    it.each(besluiten)("%s: a broken character is refused (ONGELDIGE_TEKENS)", (_soort, beslis) => {
      expect(foutcode(() => beslis("Niet passend \uD83D"))).toBe("ONGELDIGE_TEKENS");
    });
  });

  it(`004: every step is in the history with who and when, and raises the version (transparency, ${SEED.ondersteuningsplan})`, () => {
    const a = toegekend(almere, 100000);
    expect(a.geschiedenis.map((g) => `${g.soort}:${g.door}`)).toEqual([`aangemaakt:${CONSULENT}`, `bewerkt:${CONSULENT}`, `ingediend:${CONSULENT}`, `toegekend:${BESLISSER}`]);
    expect(a.geschiedenis.every((g) => g.op === NU.toISOString())).toBe(true);
    expect(a.versie).toBe(3);
    expect(a.bijgewerktOp).toBe(NU.toISOString());
  });

  it("a withdrawn aanvraag remembers the phase it was withdrawn from and the reason", () => {
    const a = trekIn(ingediend(almere), { reden: " Leerling is verhuisd. " }, consulent, NU);
    expect(a.status).toMatchObject({ fase: "ingetrokken", vorigeFase: "ingediend", reden: "Leerling is verhuisd.", door: CONSULENT });
  });
});
