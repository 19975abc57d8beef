import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jaarVan } from "../../src/domain/datum.js";
import { afgekapteInvoer, gebrokenWoorden, laatsteKaart, leg, typ, vulKaartIn, wachtOpKaart } from "./support/kaarten.js";
import { startE2e, type E2e } from "./support/omgeving.js";
import { laadConfiguratie } from "../../src/config/configuratie.js";
import { alsNederlandseDagDatum, alsNederlandseDatum, planningVanaf, type Planning } from "./support/planning.js";

/**
 * The whole way in the real Teams client stand-in (the Agents Playground) in headless
 * Chromium: Sanne fills in and submits a maatwerk aanvraag through the cards, Mark (the
 * stadsdeelmanager of the school's stadsdeel) grants it in his own Playground, Sanne sees
 * the beschikking, and when the bot's clock is moved forward her voortgang reminder arrives.
 * Every date is relative to the bot's clock, so the test works in any year.
 */
let e: E2e;
let planning: Planning;
/** The bot's today, as the cards write it, and the number the aanvraag gets in the bot's year. */
let vandaag: string;
let nummer: string;
beforeAll(async () => {
  e = await startE2e(["Sanne", "Mark"]);
  const nu = await e.nu();
  const { swv } = await laadConfiguratie("config/swv/demo.json", "config/regelingen");
  planning = planningVanaf(nu, swv.schoolvakanties);
  vandaag = alsNederlandseDatum(DateTime.fromJSDate(nu, { zone: "Europe/Amsterdam" }).toISODate()!);
  // The bot numbers by the year of its clock in Amsterdam.
  nummer = `MW-${jaarVan(nu)}-0001`;
}, 120_000);

/** The step titles of Maatwerk (jaarplan), in order. */
const STAPPEN = ["Leerling(en)", "Onderbouwing, deel 1", "Onderbouwing, deel 2", "Onderbouwing, deel 3", "Planning", "Aan te vragen budget"];
/** The steps with rows, and what their first row shows: its heading and the labels that carry the limits. */
const RIJEN: Record<string, readonly string[] | undefined> = {
  "Leerling(en)": ["Leerling 1", "Leerlingnummer of OPP-referentie (hoogstens 40 tekens)", "Initialen (hoogstens 10 tekens)", "Geboortejaar"],
  "Aan te vragen budget": ["Regel 1", "Regel 2", "Omschrijving (hoogstens 200 tekens)", "Bedrag (€)"],
};
afterAll(async () => {
  await e?.stop();
});

describe("an aanvraag from start to voortgang, in the Agents Playground", () => {
  it("is filled in, submitted, granted and followed up", async () => {
    const sanne = e.pagina.Sanne!;
    const mark = e.pagina.Mark!;
    await leg(sanne, "01-welkom-consulent", await wachtOpKaart(sanne, "Welkom, Sanne de Vries"), ["Welkom, Sanne de Vries", "Samenwerkingsverband Demo"]);

    await typ(sanne, "nieuwe aanvraag");
    let kaart = await wachtOpKaart(sanne, "Kies de regeling en de school");
    await kaart.getByText("Maatwerk (jaarplan)").click();
    await kaart.getByText("Basisschool De Regenboog").click();
    await leg(sanne, "02-regeling-en-school", kaart, ["Nieuwe aanvraag"]);
    await kaart.getByRole("button", { name: "Beginnen" }).click();

    for (let stap = 3; stap < 20; stap++) {
      kaart = await wachtOpKaart(sanne, /Stap \d+ van \d+/);
      const tekst = await kaart.innerText();
      if (tekst.includes("Controleren en indienen")) break;
      const kop = [`Aanvraag ${nummer} · Basisschool De Regenboog`, `Stap ${stap - 2} van 7: ${STAPPEN[stap - 3]}`];
      // What Sanne reads before she types, in the Playground's narrow column: every placeholder and label whole, no word broken over two lines.
      expect(await afgekapteInvoer(kaart), `stap ${stap - 2}: afgekapte invoer`).toEqual([]);
      expect(await gebrokenWoorden(kaart), `stap ${stap - 2}: gebroken woorden`).toEqual([]);
      const rij = RIJEN[STAPPEN[stap - 3]!];
      if (rij) {
        // Each pupil or budget line under a heading of its own; the limit of each field in its label.
        await leg(sanne, `${String(stap).padStart(2, "0")}-stap-leeg`, kaart, kop);
        for (const regel of rij) expect(await kaart.getByText(regel, { exact: true }).first().isVisible(), regel).toBe(true);
      }
      await vulKaartIn(kaart, planning);
      await leg(sanne, `${String(stap).padStart(2, "0")}-stap`, kaart, kop);
      const knop = tekst.includes("Naar controleren") ? "Naar controleren" : "Volgende";
      const voor = tekst;
      await kaart.getByRole("button", { name: knop }).click();
      await expect.poll(async () => (await laatsteKaart(sanne).innerText()) !== voor, { timeout: 15_000 }).toBe(true);
      const na = await laatsteKaart(sanne).innerText();
      if (/Vul .* in\.|moet|ongeldig/i.test(na)) await sanne.screenshot({ path: "test-results/e2e/fout.png", fullPage: true });
      expect(na).not.toMatch(/Vul .* in\.|moet|ongeldig/i);
    }
    await leg(sanne, "20-controleren", kaart, [`Aanvraag ${nummer} · Basisschool De Regenboog`, "Stap 7 van 7: Controleren en indienen"]);
    await kaart.getByRole("button", { name: "Indienen" }).click();
    await leg(sanne, "21-ingediend", await wachtOpKaart(sanne, "Ingediend."), ["Maatwerk (jaarplan)", `Aanvraag ${nummer}`]);

    const besluit = await wachtOpKaart(mark, "Jouw besluit");
    await leg(mark, "22-beslissingskaart", besluit, ["Maatwerk (jaarplan)", `Aanvraag ${nummer}`, `Ingediend op ${vandaag}; ligt bij Mark Jansen.`]);
    await besluit.getByRole("button", { name: "Toekennen" }).click();
    await leg(mark, "23-toegekend", await wachtOpKaart(mark, "Toegekend op"), [`Aanvraag ${nummer}`, `Toegekend op ${vandaag} door Mark Jansen.`]);

    await leg(sanne, "24-beschikking", await wachtOpKaart(sanne, "is toegekend"), ["Maatwerk (jaarplan) · Basisschool De Regenboog", `Aanvraag ${nummer} is toegekend`]);

    // Three months on: the week-before reminder of the first voortgangsgesprek, planned three months after the start.
    await e.verzetKlok(planning.herinneringOp);
    const herinnering = await wachtOpKaart(sanne, "Voortgangsgesprek 1 van aanvraag");
    await leg(sanne, "25-voortgangsherinnering", herinnering, [
      `Voortgangsgesprek 1 van aanvraag ${nummer}`,
      // A gesprek that would fall in a weekend or a holiday moves to the next school day, and the card says so.
      `Het gesprek staat gepland op ${alsNederlandseDagDatum(planning.gesprek1)}${planning.gesprek1 !== planning.gesprek1Gepland ? ` (verschoven van ${alsNederlandseDagDatum(planning.gesprek1Gepland)}: dat is geen schooldag)` : ""}.`,
    ]);
  }, 240_000);
});
