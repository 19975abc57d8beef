import { describe, expect, it } from "vitest";
import { anonimiseer, bewaartermijnVerstreken, kondigOpruimingAan, opruimStap, termijnenVoor, verwijderdVanaf, VERWIJDERD } from "../../src/domain/bewaartermijn.js";
import { kenToe, sluitAf, wijsAf } from "../../src/domain/lifecycle.js";
import { legGesprekVast } from "../../src/domain/voortgang.js";
import { begroting, BESLISSER, CONSULENT, ingediend, leerlingen, lopend, NU, regeling, SEED, toekenning, splitsend } from "./builders.js";

const groep = regeling("verbinding-groepsaanpak");
const jaren = (n: number, vanaf = NU) => new Date(vanaf.getTime() + n * 365.25 * 24 * 3600 * 1000);

describe(`retention of pupil data (${SEED.ondersteuningsplan}: privacy)`, () => {
  it("removes pupil names and references, free texts and documents once the period after a refusal has passed, and keeps what is accounted for", () => {
    const a = wijsAf(ingediend(groep, { leerlingen: leerlingen(6, true) }), { reden: "Leerling Nummer1 heeft al een arrangement." }, { door: BESLISSER }, NU);
    expect(bewaartermijnVerstreken(a, 2, jaren(1.9))).toBe(false);
    expect(bewaartermijnVerstreken(a, 2, jaren(2.01))).toBe(true);

    const weg = anonimiseer(a, groep, jaren(2.01));
    const tekst = JSON.stringify(weg);
    expect(tekst).not.toMatch(/Leerling Nummer|LL-10/);
    expect(weg.antwoorden["leerlingen"]).toHaveLength(6);
    expect(weg.antwoorden["ondersteuningsvraag"]).toBe(VERWIJDERD);
    expect(weg.status.fase === "afgewezen" && weg.status.reden).toBe(VERWIJDERD);
    // The amounts stay for the accounts; the descriptions (which can name the pupil) go.
    const oud = a.antwoorden["begroting"] as { regels: { omschrijving: string; bedrag: number }[]; totaal: number };
    expect(weg.antwoorden["begroting"]).toEqual({ ...oud, regels: oud.regels.map((r) => ({ ...r, omschrijving: VERWIJDERD })) });
    expect(weg.antwoorden["periode"]).toEqual(a.antwoorden["periode"]);
    expect(weg.schoolBrin).toBe(a.schoolBrin);
    expect(weg.geschiedenis.at(-1)).toMatchObject({ soort: "geanonimiseerd", door: "systeem" });
    expect(bewaartermijnVerstreken(weg, 2, jaren(5))).toBe(false);
  });

  it("clears the notes of gesprekken and the evaluation's words of a closed traject, keeping its ratings", () => {
    const r = splitsend(regeling("verbinding-individueel"));
    const traject = kenToe(ingediend(r, { begroting: begroting(500000) }), r, toekenning({ bedrag: 500000, periode: { start: "2027-01-04", eind: "2027-10-03" }, schoolweken: 36 }), { door: BESLISSER }, NU);
    const gesprek = legGesprekVast(traject, r, { volgnummer: 1, gehoudenOp: "2027-04-06", deelnemers: "moeder van J., mentor", voortgang: "deels", perDoel: [], notities: "J. slaapt slecht.", vervolgstappen: "Huisbezoek." }, { door: CONSULENT }, new Date("2027-04-07T10:00:00Z"));
    const dicht = sluitAf(gesprek, { antwoorden: { effect: "deels", toelichting: "Moeder is tevreden.", "vso-voorkomen": true } }, { door: CONSULENT }, NU);
    const weg = anonimiseer(dicht, r, jaren(3));
    expect(JSON.stringify(weg)).not.toMatch(/slaapt|moeder|Moeder|Huisbezoek/);
    expect(weg.voortgang.gesprekken[0]).toMatchObject({ voortgang: "deels", gehoudenOp: "2027-04-06" });
    expect(weg.status.fase === "afgesloten" && weg.status.evaluatie.antwoorden).toEqual({ effect: "deels", toelichting: VERWIJDERD, "vso-voorkomen": true });
  });

  it("leaves running trajecten and decided-but-running ones alone", () => {
    expect(bewaartermijnVerstreken(lopend(regeling("almere-maatwerk")), 2, jaren(10))).toBe(false);
  });
});

describe("retention for unfinished aanvragen and every free text", () => {
  const t = { conceptDagen: 180, waarschuwingDagen: 14, stilstandDagen: 365 };
  const dagen = (n: number, vanaf = NU) => new Date(vanaf.getTime() + n * 24 * 3600 * 1000);
  const concept = { ...ingediend(groep), status: { fase: "concept" as const }, bijgewerktOp: NU.toISOString() };

  it("announces an untouched concept after the term, deletes it after the grace period, and an edit since cancels it", () => {
    expect(opruimStap(concept, t, dagen(179))).toBeUndefined();
    expect(opruimStap(concept, t, dagen(181))).toBe("aankondigen");
    const aangekondigd = kondigOpruimingAan(concept, dagen(181));
    expect(verwijderdVanaf(aangekondigd, t)).toBe("2027-05-16");
    expect(opruimStap(aangekondigd, t, dagen(194))).toBeUndefined();
    expect(opruimStap(aangekondigd, t, dagen(196))).toBe("verwijderen");
    expect(opruimStap({ ...aangekondigd, bijgewerktOp: dagen(190).toISOString() }, t, dagen(196))).toBeUndefined();
  });

  it("closes an ingediend aanvraag without progress for the term; a regeling's own term wins", () => {
    const a = { ...ingediend(groep), bijgewerktOp: NU.toISOString() };
    expect(opruimStap(a, t, dagen(364))).toBeUndefined();
    expect(opruimStap(a, t, dagen(366))).toBe("sluiten");
    expect(termijnenVoor(t, { ...groep, opruimen: { stilstandDagen: 30 } })).toEqual({ ...t, stilstandDagen: 30 });
  });

  it("anonymises the begroting's descriptions and a grant's explanation", () => {
    const r = regeling("almere-maatwerk");
    const a = lopend(r);
    const metToelichting = { ...a, status: { ...a.status, beschikking: { ...(a.status as { beschikking: object }).beschikking, toelichting: "Voor LL-1000 extra uren." } } } as typeof a;
    const weg = anonimiseer(metToelichting, r, NU);
    const tekst = JSON.stringify(weg);
    expect(tekst).not.toContain("LL-1000");
    const b = Object.values(weg.antwoorden).find((w) => typeof w === "object" && w !== null && "regels" in w) as { regels: { omschrijving: string; bedrag: number }[] } | undefined;
    expect(b?.regels.length).toBeGreaterThan(0);
    for (const regel of b!.regels) expect(regel.omschrijving).toBe(VERWIJDERD);
  });
});
