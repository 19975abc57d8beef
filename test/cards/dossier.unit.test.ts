import { describe, expect, it } from "vitest";
import type { BeslissingData } from "../../cards/cardData.js";
import { beslissingKaarten, dialoogData, kaartBytes, sectieData } from "../../cards/dossierData.js";
import type { Aanvraag, Antwoord, Leerling } from "../../src/domain/aanvraag.js";
import { dossierVan } from "../../src/domain/dossier.js";
import { bewerk, dienIn, stuurTerug, beantwoord } from "../../src/domain/lifecycle.js";
import type { Regeling } from "../../src/domain/regeling.js";
import { BESLISSER, CONSULENT, NU, PROFIELEN, profiel, volledigConcept } from "../domain/builders.js";

const WOORDEN = "De leerling heeft structuur nodig bij overgangen en zelfstandig werken; de ambulant begeleider ondersteunt één dagdeel per week in de klas, met aandacht voor planning, emotieregulatie en de samenwerking met ouders. ".split(" ");

/** A realistic text of exactly `n` characters: words and line breaks, some accents. */
function tekstVan(n: number, regelsOm = 12): string {
  let t = "";
  let i = 0;
  while (t.length < n) {
    t += (i > 0 && i % regelsOm === 0 ? "\n" : i > 0 ? " " : "") + WOORDEN[i % WOORDEN.length];
    i += 1;
  }
  return t.slice(0, n).trimEnd().padEnd(n, ".");
}

/** The largest realistic aanvraag of a regeling: 30 pupils (or the regeling's maximum), every text at its maximum, twelve budget lines. */
export function grootsteAanvraag(r: Regeling): Aanvraag {
  const antwoorden: Record<string, Antwoord> = {};
  for (const c of r.criteria) {
    if (c.type === "langeTekst" || c.type === "tekst") antwoorden[c.id] = tekstVan(c.maxLengte);
    if (c.type === "leerlingen") {
      const n = Math.min(30, r.limieten.maxLeerlingen ?? 30);
      antwoorden[c.id] = Array.from({ length: n }, (_, i): Leerling => ({
        referentie: `OPP-2026-${String(i).padStart(4, "0")}-${"X".repeat(26)}`,
        initialen: "A.B.C.D.E.",
        geboortejaar: 2012,
        ...(c.volledigeNaam ? { naam: `Voornaam-${i} van der Achternaam-Lange-Dubbele` } : {}),
      }));
    }
    if (c.type === "document") antwoorden[c.id] = { referentie: `https://school.example.nl/${"d".repeat(160)}` };
    if (c.type === "begroting")
      antwoorden[c.id] = { regels: Array.from({ length: 12 }, (_, i) => ({ omschrijving: `${i + 1}. ${tekstVan(190)}`, bedrag: 10000 + i })), totaal: 12 * 10000 + 66 };
  }
  const a = volledigConcept(r);
  return bewerk(a, { antwoorden: { ...a.antwoorden, ...antwoorden } }, { door: CONSULENT }, NU);
}

function data(a: Aanvraag, r: Regeling): BeslissingData {
  return {
    verb: "beslissing",
    verversVerb: "beslissing.ververs",
    aanvraagId: a.id,
    userIds: Array.from({ length: 10 }, (_, i) => `29:${"u".repeat(60)}${i}`),
    regelingNaam: r.naam,
    titel: `Aanvraag ${a.nummer}`,
    status: "Ingediend op 2 november 2026; ligt bij Mark Jansen.",
    melding: "",
    meldingKleur: "Default",
    feiten: [{ title: "School", value: "De Regenboog (01AA, PO)" }],
    dialoog: dialoogData(a, r, () => "Mark Jansen"),
    dossier: dossierVan(a, r).map(sectieData),
    vervolg: "",
    budgetTitel: "Budget 2026-2027",
    budget: [{ title: "Toegekend", value: "€ 1.000,00" }],
    uitkomst: [],
    uitkomstStijl: "default",
    open: true,
    bevestigen: false,
    bedrag: "1.200,66",
    schoolweken: "12",
    start: "2027-01-04",
    eind: "2027-03-31",
    toelichting: "",
    toelichtingPlaceholder: "Hoogstens 2.000 tekens",
    toelichtingFout: "",
  };
}

const regelingen = PROFIELEN.flatMap((p) => profiel(p).regelingen);

/** Every text a card shows, joined: what a reader can get to, folded or not. */
function alleTekst(kaarten: unknown[]): string {
  return JSON.stringify(kaarten);
}

describe("the decision card holds the whole dossier within Teams' 40 KB a message", () => {
  it.each(regelingen.map((r) => [r.id, r] as const))("%s: the largest realistic aanvraag, every message under 40 KB, nothing dropped", (_id, r) => {
    const a = grootsteAanvraag(r);
    const kaarten = beslissingKaarten(data(a, r));
    const groottes = kaarten.map(kaartBytes);
    console.log(r.id, groottes);
    for (const g of groottes) expect(g).toBeLessThan(40 * 1024);
    const tekst = alleTekst(kaarten);
    for (const c of r.criteria) {
      const w = a.antwoorden[c.id];
      if (typeof w === "string") for (const regel of w.split("\n")) expect(tekst).toContain(JSON.stringify(regel.trim()).slice(1, -1).slice(-40));
    }
  });
});

describe("the dialogue on the decision card", () => {
  it("after a resubmission shows the question, the answer and the old and new amount", () => {
    const r = regelingen.find((x) => x.id === "almere-maatwerk")!;
    let a: Aanvraag = dienIn(volledigConcept(r), r, { beslisserId: BESLISSER }, { door: CONSULENT }, NU);
    a = stuurTerug(a, { vraag: "Waarom 30 uur?" }, { door: BESLISSER }, NU);
    a = beantwoord(a, { antwoord: "Het zijn er 20 geworden." }, { door: CONSULENT }, NU);
    a = bewerk(a, { antwoorden: { begroting: { regels: [{ omschrijving: "Ambulante begeleiding", bedrag: 200000 }, { omschrijving: "Materiaal", bedrag: 20000 }], totaal: 220000 } } }, { door: CONSULENT }, NU);
    a = dienIn(a, r, { beslisserId: BESLISSER }, { door: CONSULENT }, NU);
    const tekst = JSON.stringify(beslissingKaarten(data(a, r))).replace(/\u00a0/g, " ");
    expect(tekst).toContain("Opnieuw ingediend");
    expect(tekst).toContain("Vraag: Waarom 30 uur?");
    expect(tekst).toContain("Antwoord: Het zijn er 20 geworden.");
    expect(tekst).toContain("Bekostiging: Ambulante begeleiding: € 3.000,00 → € 2.000,00");
    expect(tekst).not.toContain("${");
  });
});

describe("a dossier too large for one message", () => {
  it("continues in follow-up cards, each within the limit, every section in order and none twice", () => {
    const r = regelingen.find((x) => x.id === "jaarplan-maatwerk")!;
    const d = data(grootsteAanvraag(r), r);
    const max = 14 * 1024;
    const kaarten = beslissingKaarten(d, max);
    expect(kaarten.length).toBeGreaterThan(1);
    for (const k of kaarten) expect(kaartBytes(k)).toBeLessThanOrEqual(max);
    expect(JSON.stringify(kaarten[0])).toContain("Het dossier gaat verder in het volgende bericht.");
    expect(JSON.stringify(kaarten[0])).toContain("Toekennen");
    const labels = kaarten.flatMap((k) => JSON.stringify(k).match(/"text":"[^"]*","weight":"Bolder","wrap":true\}/g) ?? []);
    const volgorde = d.dossier.map((s) => s.label).filter((l) => labels.some((x) => x.includes(`"${l}"`)));
    expect(volgorde).toEqual(d.dossier.map((s) => s.label));
    for (const s of d.dossier) expect(kaarten.filter((k) => JSON.stringify(k).includes(`"text":${JSON.stringify(s.label)}`)).length).toBe(1);
  });
});
