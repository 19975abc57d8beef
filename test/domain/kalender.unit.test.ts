import { describe, expect, it } from "vitest";
import { budgetafleiding, budgetpositie } from "../../src/domain/budget.js";
import { overSchooljaargrens, schooljaardelen, schoolweken, verdeelOverSchooljaren } from "../../src/domain/kalender.js";
import { kenToe } from "../../src/domain/lifecycle.js";
import { valideerAanvraag } from "../../src/domain/validatie.js";
import type { Regeling } from "../../src/domain/regeling.js";
import { BESLISSER, begroting, demoSwv, foutcode, ingediend, leesbaar, regeling, toekenning } from "./builders.js";
import { fouttekstVan } from "../support/fouttekst.js";

const vakanties = demoSwv().schoolvakanties;
const p = (start: string, eind: string) => ({ start, eind });

describe("school weeks: weeks (Monday to Friday) with at least one school day in the period, the demo SWV's holidays left out", () => {
  it.each([
    [p("2027-01-11", "2027-04-09"), 12, "13 calendar weeks, the voorjaarsvakantie (13-21 February) takes one"],
    [p("2027-01-11", "2027-07-09"), 24, "26 calendar weeks, voorjaars- and meivakantie take one each"],
    [p("2027-01-11", "2027-04-10"), 12, "an end on Saturday adds no week"],
    [p("2027-02-15", "2027-02-19"), 0, "a period wholly inside the voorjaarsvakantie has none"],
    [p("2027-02-17", "2027-03-05"), 2, "a start inside a holiday counts from the first school week after it"],
    [p("2027-04-12", "2027-04-28"), 2, "an end inside the meivakantie counts up to the last school week before it"],
    [p("2027-03-10", "2027-03-11"), 1, "a period within one week is one week"],
    [p("2027-03-13", "2027-03-14"), 0, "a weekend alone is no school week"],
    [p("2026-12-14", "2027-01-08"), 2, "over the kerstvakantie: the week before and the week after"],
    [p("2027-03-12", "2027-03-15"), 2, "Friday and the next Monday are two weeks"],
    [p("2027-04-09", "2027-04-01"), 0, "an end before the start holds nothing"],
  ])("%o holds %i school weeks (%s)", (periode, weken) => {
    expect(schoolweken(periode, vakanties)).toBe(weken);
  });

  it("without holidays every week with a weekday in it counts", () => {
    expect(schoolweken(p("2027-01-11", "2027-04-09"))).toBe(13);
  });
});

describe("per schooljaar: a period over 1 August", () => {
  it("is cut at each 1 August", () => {
    expect(schooljaardelen(p("2027-06-01", "2027-09-30"))).toEqual([
      { schooljaar: "2026-2027", periode: p("2027-06-01", "2027-07-31") },
      { schooljaar: "2027-2028", periode: p("2027-08-01", "2027-09-30") },
    ]);
    expect(schooljaardelen(p("2027-01-11", "2027-07-31"))).toHaveLength(1);
    expect(overSchooljaargrens(p("2027-06-01", "2027-09-30"))).toBe(true);
    expect(overSchooljaargrens(p("2027-06-01", "2027-07-31"))).toBe(false);
  });

  it("splits an amount by the school weeks in each schooljaar, to the cent: 1 June to 30 September 2027 has 7 and 5", () => {
    expect(verdeelOverSchooljaren(800000, p("2027-06-01", "2027-09-30"), vakanties)).toEqual([
      { schooljaar: "2026-2027", bedrag: 466667, schoolweken: 7 },
      { schooljaar: "2027-2028", bedrag: 333333, schoolweken: 5 },
    ]);
  });

  it.each(["almere-maatwerk", "verbinding-individueel", "verbinding-groepsaanpak", "jaarplan-maatwerk", "jaarplan-innovatie"])("%s refuses it at the period, saying why and suggesting two aanvragen", (id) => {
    const r = regeling(id);
    const periodeId = r.criteria.find((c) => c.type === "periode")!.id;
    const problemen = valideerAanvraag(r, { antwoorden: { [periodeId]: p("2027-06-01", "2027-09-30") }, voorwaarden: {} }).filter((x) => x.veld === periodeId);
    expect(problemen.find((x) => x.code === "PERIODE_OVER_SCHOOLJAARGRENS")?.bericht).toBe(
      "De regelingen kennen per schooljaar toe, en deze periode loopt over 1 augustus 2027 heen. Dien twee aanvragen in: een tot en met 31 juli 2027 en een vanaf 1 augustus 2027.",
    );
  });

  it("a grant over 1 August is refused under a regeling that does not split", () => {
    const r = regeling("verbinding-individueel");
    const a = ingediend(r, { begroting: begroting(800000), periode: p("2027-06-01", "2027-07-16") });
    expect(foutcode(() => kenToe(a, r, toekenning({ bedrag: 800000, periode: p("2027-06-01", "2027-09-30"), schoolweken: 12 }), { door: BESLISSER }, new Date(), vakanties))).toBe("PERIODE_OVER_SCHOOLJAARGRENS");
  });

  it("under a regeling configured to split, the beschikking holds both parts and each schooljaar's pot counts its own", () => {
    const r: Regeling = { ...regeling("verbinding-individueel"), limieten: { ...regeling("verbinding-individueel").limieten, schooljaargrens: "splitsen" } };
    const periode = p("2027-06-01", "2027-09-30");
    expect(valideerAanvraag(r, { antwoorden: { periode }, voorwaarden: {} }).filter((x) => x.veld === "periode")).toEqual([]);
    const a = ingediend(r, { begroting: begroting(800000), periode });
    expect(budgetafleiding([r], vakanties).bijdragen(a)).toEqual([
      { schooljaar: "2026-2027", toegekend: 0, inBehandeling: 466667 },
      { schooljaar: "2027-2028", toegekend: 0, inBehandeling: 333333 },
    ]);
    const t = kenToe(a, r, toekenning({ bedrag: 800000, periode, schoolweken: 12 }), { door: BESLISSER }, new Date(), vakanties);
    expect(t.status.beschikking.delen).toEqual([
      { schooljaar: "2026-2027", bedrag: 466667, schoolweken: 7 },
      { schooljaar: "2027-2028", bedrag: 333333, schoolweken: 5 },
    ]);
    expect(budgetpositie(r, [r], [t], "2026-2027", vakanties).toegekend).toBe(466667);
    expect(budgetpositie(r, [r], [t], "2027-2028", vakanties).toegekend).toBe(333333);
    expect(budgetpositie(r, [r], [t], "2027-2028").resterend).toBe(15000000 - 333333);
  });
});

describe("a grant states no more school weeks than the period holds", () => {
  const r = regeling("almere-maatwerk");
  const a = ingediend(r, { begroting: begroting(400000), periode: p("2027-01-11", "2027-04-09") });
  it("12 for 11 January to 9 April 2027 passes; 13 is refused with a Dutch message naming both numbers", () => {
    const periode = p("2027-01-11", "2027-04-09");
    expect(kenToe(a, r, toekenning({ bedrag: 400000, periode, schoolweken: 12 }), { door: BESLISSER }, new Date(), vakanties).status.beschikking.schoolweken).toBe(12);
    const poging = () => kenToe(a, r, toekenning({ bedrag: 400000, periode, schoolweken: 13 }), { door: BESLISSER }, new Date(), vakanties);
    expect(leesbaar(fouttekstVan(poging))).toBe("De periode telt 12 schoolweken (vakanties niet meegeteld); je kunt er geen 13 toekennen.");
  });
});
