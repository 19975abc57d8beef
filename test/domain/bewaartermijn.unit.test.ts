import { describe, expect, it } from "vitest";
import { anonimiseer, bewaartermijnVerstreken, VERWIJDERD } from "../../src/domain/bewaartermijn.js";
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
    expect(weg.antwoorden["begroting"]).toEqual(a.antwoorden["begroting"]);
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
