/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leg, typ, wachtOpKaart } from "./support/kaarten.js";
import { dienInViaKaarten } from "./support/indienen.js";
import { startE2e, type E2e } from "./support/omgeving.js";

/**
 * The overviews staff read, in the Agents Playground in headless Chromium, with one aanvraag
 * in behandeling: Sanne submits a Maatwerk (jaarplan) aanvraag for 11 January to 9 April 2027
 * (the voorjaarsvakantie falls in it), Mark's decision card suggests its school weeks, and
 * Linda Smit (staf) asks for the budget and the report. The budget card shows its table
 * whether or not the client draws the chart under it (the Playground draws it, without euro
 * signs). The bot's clock starts on 2 November 2026 (the demo calendar's year), whatever the machine's date.
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

    // The budget: one row per pot, the pot De Verbinding shares named once, every column explained.
    await typ(linda, "budget 2026-2027");
    const budget = await wachtOpKaart(linda, "Budget schooljaar 2026-2027");
    await leg(linda, "overzicht-02-budget", budget, ["Budget schooljaar 2026-2027"]);
    const budgetTekst = await budget.innerText();
    const koppen = await budget.locator(".ac-textBlock").evaluateAll((blokken) => blokken.map((b) => (b as HTMLElement).innerText.trim()));
    expect(koppen.slice(1, 6).map((k) => k.replaceAll("\u00ad", ""))).toEqual(["Budget", "Toegekend", "In behandeling", "Resterend", "Leerlingen"]);
    // The pot shared by two regelingen is one row of the table (the chart under it draws it as one bar).
    expect(await budget.getByRole("table").getByText("Pilot maatwerkbudget De Verbinding", { exact: true }).count()).toBe(1);
    expect(budgetTekst).toContain("Individueel maatwerkbudget (De Verbinding); Groepsaanpak maatwerkbudget (De Verbinding)");
    expect(budgetTekst).toMatch(/\n5\.000\n/);
    expect(budgetTekst).toContain("Bedragen in de tabel in hele euro's");
    expect(budgetTekst).toContain("In behandeling: wat is aangevraagd");
    expect(budgetTekst).not.toMatch(INTERNE_IDS);

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
