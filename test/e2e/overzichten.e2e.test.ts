/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gebrokenWoorden, leg, typ, wachtOpKaart } from "./support/kaarten.js";
import { dienInViaKaarten } from "./support/indienen.js";
import { startE2e, type E2e } from "./support/omgeving.js";

/**
 * The overviews staff read, in the Agents Playground in headless Chromium, with one aanvraag
 * in behandeling: Sanne submits a Maatwerk (jaarplan) aanvraag for 11 January to 9 April 2027
 * (the voorjaarsvakantie falls in it), Mark's decision card suggests its school weeks, and
 * Linda Smit (staf) asks for the budget and the report. The budget card shows each pot's name
 * above its figures in euros, none broken over two lines in the Playground's narrow column,
 * whether or not the client draws the chart under it (the Playground draws it; a chart takes
 * plain numbers, so its heading says they are euros). The bot's clock starts on 2 November 2026 (the demo calendar's year), whatever the machine's date.
 */
let e: E2e;
beforeAll(async () => {
  e = await startE2e(["Sanne", "Mark", "Linda"], { begin: "2026-11-02T09:00:00+01:00" });
}, 120_000);
afterAll(async () => {
  await e?.stop();
});

/** Internal ids of the demo configuration that no user should read. */
const INTERNE_IDS = /verbinding-pilot|almere-maatwerk|jaarplan-innovatie|verbinding-individueel|verbinding-groepsaanpak|stichting-noorderlicht|stichting-stadscollege|\b01AA\b/;

describe("budget, rapportage and the school weeks suggestion, in the Agents Playground", () => {
  it("Mark's decision card suggests 12 school weeks; Linda reads the budget and the report as tables", async () => {
    const [sanne, mark, linda] = [e.pagina.Sanne!, e.pagina.Mark!, e.pagina.Linda!];
    await dienInViaKaarten(sanne, "Maatwerk (jaarplan)", "Basisschool De Regenboog", { start: "2027-01-11", eind: "2027-04-09" });

    // The decision card: 13 calendar weeks, less the voorjaarsvakantie, is 12 school weeks.
    const besluit = await wachtOpKaart(mark, "Jouw besluit");
    await leg(mark, "overzicht-01-beslissingskaart", besluit, ["Maatwerk (jaarplan)"]);
    expect(await besluit.getByLabel("Schoolweken", { exact: true }).inputValue()).toBe("12");

    // The budget: one block per pot, the pot De Verbinding shares named once, every figure explained.
    await typ(linda, "budget 2026-2027");
    const budget = await wachtOpKaart(linda, "Budget schooljaar 2026-2027");
    await leg(linda, "overzicht-02-budget", budget, ["Budget schooljaar 2026-2027"]);
    // What Linda reads in the Playground's narrow column: no name and no amount broken over two lines.
    expect(await gebrokenWoorden(budget), "overzicht-02-budget: gebroken woorden").toEqual([]);
    for (const naam of ["Pilot maatwerkbudget De Verbinding", "Maatwerkbudget (Almere)", "Maatwerk (jaarplan)", "Innovatiebudget (jaarplan)"]) {
      // Each name once, whole, above its figures (the chart under it repeats it as its bar's label).
      const blok = budget.locator(".ac-textBlock").filter({ hasText: new RegExp(`^${naam.replace(/[()]/g, "\\$&")}$`) });
      expect(await blok.count(), naam).toBe(1);
      expect(await blok.isVisible(), naam).toBe(true);
    }
    expect(await budget.getByText("Jaarbudget € 150.000", { exact: true }).isVisible()).toBe(true);
    const budgetTekst = (await budget.innerText()).replaceAll("\u00ad", "").replaceAll("\u00a0", " ");
    expect(budgetTekst).toContain("Voor: Individueel maatwerkbudget (De Verbinding); Groepsaanpak maatwerkbudget (De Verbinding)");
    // Sanne's aanvraag waits for Mark: € 5.000 in behandeling under Maatwerk (jaarplan), each figure under its own label.
    expect(budgetTekst).toMatch(/Maatwerk \(jaarplan\)\s+Geen jaarbudget\s+Toegekend\s+€ 0\s+In behandeling\s+€ 5\.000\s+Resterend\s+–\s+Leerlingen\s+0\n/);
    expect(budgetTekst).toMatch(/Pilot maatwerkbudget De Verbinding\s+Jaarbudget € 150\.000\s+Voor: [^\n]+\s+Toegekend\s+€ 0\s+In behandeling\s+€ 0\s+Resterend\s+€ 150\.000\s+Leerlingen\s+0\n/);
    expect(budgetTekst).toContain("Bedragen in hele euro's");
    expect(budgetTekst).toContain("In behandeling: wat is aangevraagd");
    expect(budgetTekst).not.toMatch(INTERNE_IDS);
    // The chart is drawn (the Playground draws charts) under a heading that says its unit; its legend names the three parts.
    expect(await budget.getByText("Dezelfde bedragen in een grafiek, in euro's", { exact: true }).isVisible()).toBe(true);
    expect(await budget.locator('[aria-label^="Dezelfde bedragen in een grafiek"]').count()).toBe(1);
    expect(await budget.getByRole("listbox").innerText()).toMatch(/^Toegekend\s+In behandeling\s+Resterend$/);

    // The report: a table per school and per bestuur, the aanvraag counted at De Regenboog and Noorderlicht.
    await typ(linda, "rapportage 2026-2027");
    const rapport = await wachtOpKaart(linda, "Rapportage schooljaar 2026-2027");
    await leg(linda, "overzicht-03-rapportage", rapport, ["Rapportage schooljaar 2026-2027", "Per school"]);
    const rapportTekst = await rapport.innerText();
    expect(rapportTekst).toContain("Per bestuur");
    expect(rapportTekst).toMatch(/Basisschool De Regenboog\s+Maatwerk \(jaarplan\): 1\s+Effect \(ja \/ deels \/ nee\): 0 \/ 0 \/ 0; besluit na: –\s+1\s+€\s5\.000,00\s+€\s0,00/);
    expect(rapportTekst).toMatch(/Stichting Noorderlicht \(PO\)\s+Maatwerk \(jaarplan\): 1\s+Effect[^\n]+\s+1\s+€\s5\.000,00/);
    expect(rapportTekst).not.toMatch(INTERNE_IDS);
    for (const knop of ["Download als Excel", "Download als CSV"]) await expect.poll(() => rapport.getByRole("button", { name: knop }).count()).toBe(1);
  }, 300_000);
});
