import { DateTime } from "luxon";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jaarVan } from "../../src/domain/datum.js";
import { laatsteKaart, leg, typ, vulKaartIn, wachtOpKaart } from "./support/kaarten.js";
import { startE2e, type E2e } from "./support/omgeving.js";
import { alsNederlandseDatum, planningVanaf, type Planning } from "./support/planning.js";

/**
 * The decider decides from the card, in the Agents Playground: Sanne submits an Almere
 * aanvraag with a distinct text in every answer and two goals on two lines; Mark reads every
 * answer on his card, sends it back with a question; Sanne answers and changes one budget
 * line; Mark's new card shows the question, the answer and the old and new amount; Mark
 * grants, and Sanne's earlier cards show the decision.
 */
let e: E2e;
let planning: Planning;
let vandaag: string;
let nummer: string;
beforeAll(async () => {
  e = await startE2e(["Sanne", "Mark"]);
  const nu = await e.nu();
  // Almere funds at most three months: two months from the planned start.
  const p = planningVanaf(nu);
  planning = { ...p, eind: DateTime.fromISO(p.start).plus({ months: 2 }).minus({ days: 1 }).toISODate()! };
  vandaag = alsNederlandseDatum(DateTime.fromJSDate(nu, { zone: "Europe/Amsterdam" }).toISODate()!);
  nummer = `MW-${jaarVan(nu)}-0001`;
}, 120_000);
afterAll(async () => {
  await e?.stop();
});

/** Sanne's answer to each open question, by (part of) its label: all different, so the card shows which is which. */
const ANTWOORDEN: [string, string][] = [
  ["Onderwijsbehoeften", "Behoefte aan een vaste plek en korte instructies; school biedt een prikkelarme werkplek."],
  ["Ingezette extra ondersteuning", "Sinds september een half jaar extra begeleiding door de intern begeleider, twee keer per week."],
  ["Tijdelijke extra ondersteuning", "Een ambulant begeleider werkt drie ochtenden per week in de klas mee."],
  ["Wie voert", "Karel de Boer, ambulant begeleider van het steunpunt"],
  ["OPP van de leerling", "https://dossier.example.nl/opp/LL-1001"],
];
const DOEL_1 = "Werkt na de kerst twintig minuten zelfstandig aan een taak.";
const DOEL_2 = "Vraagt zelf om hulp in plaats van weg te lopen.";
const VRAAG = "Waarom drie ochtenden en niet twee?";
const ANTWOORD = "Twee ochtenden bleek in de proefweek te weinig; de leerling liep dan op de derde ochtend weg.";

/**
 * Fills the input whose label matches: the Playground's label points at the input or at a
 * wrapper around it (as in vulKaartIn); an input without one is named by the text above it.
 */
async function vulIn(kaart: Locator, label: RegExp, waarde: string, alleenAlsEr = false): Promise<void> {
  const merk = `v${Math.random().toString(36).slice(2)}`;
  const gevonden = await kaart.evaluate(
    (k, { bron, vlag, merk }) => {
      const patroon = new RegExp(bron, vlag);
      for (const l of Array.from(k.querySelectorAll("label[for]"))) {
        if (!patroon.test(l.textContent ?? "")) continue;
        const doel = document.getElementById(l.getAttribute("for")!);
        const el = doel && (doel.matches("input, textarea") ? doel : doel.querySelector("input, textarea"));
        if (el) {
          el.setAttribute("data-vul", merk);
          return true;
        }
      }
      // The first input after the text block that names it (a help text may stand between them).
      let gezien = false;
      for (const el of Array.from(k.querySelectorAll(".ac-textBlock, input, textarea"))) {
        if (el.classList.contains("ac-textBlock")) gezien ||= patroon.test(el.textContent ?? "");
        else if (gezien) {
          el.setAttribute("data-vul", merk);
          return true;
        }
      }
      return Array.from(k.querySelectorAll("label, .ac-textBlock")).map((l) => `${l.tagName}:${l.getAttribute("for") ?? ""}:${(l.textContent ?? "").slice(0, 40)}`).join(" | ");
    },
    { bron: label.source, vlag: label.flags, merk },
  );
  if (gevonden !== true && alleenAlsEr) return;
  if (gevonden !== true) throw new Error(`Geen invoerveld met label ${label}: ${String(gevonden)}`);
  await kaart.locator(`[data-vul="${merk}"]`).fill(waarde);
}

/** The text of a card line by line, as a reader sees it. */
async function regels(kaart: Locator): Promise<string[]> {
  return (await kaart.innerText()).split("\n").map((r) => r.trim()).filter(Boolean);
}

/** Waits until the newest card is no longer the one with this text. */
async function naKlik(p: Page, voor: string): Promise<void> {
  await expect.poll(async () => (await laatsteKaart(p).innerText()) !== voor, { timeout: 20_000 }).toBe(true);
}

describe("the decider decides from the card: dossier, dialogue, cards that follow the phase", () => {
  it("Sanne submits, Mark asks, Sanne answers and changes a line, Mark grants", async () => {
    const sanne = e.pagina.Sanne!;
    const mark = e.pagina.Mark!;
    await wachtOpKaart(sanne, "Welkom, Sanne de Vries");
    await wachtOpKaart(mark, "Welkom, Mark Jansen");

    await typ(sanne, "nieuwe aanvraag");
    let kaart = await wachtOpKaart(sanne, "Kies de regeling en de school");
    await kaart.getByText("Maatwerkbudget (Almere)").click();
    await kaart.getByText("Basisschool De Regenboog").click();
    await kaart.getByRole("button", { name: "Beginnen" }).click();

    for (let stap = 1; stap < 15; stap++) {
      kaart = await wachtOpKaart(sanne, /Stap \d+ van \d+/);
      const tekst = await kaart.innerText();
      if (tekst.includes("Controleren en indienen")) break;
      for (const [label, waarde] of ANTWOORDEN) if (tekst.includes(label)) await vulIn(kaart, new RegExp(`^${label}`), waarde, true);
      // Two goals, one per line: the card's multi-line field keeps the line break.
      if (tekst.includes("Concrete doelen")) await vulIn(kaart, /^Concrete doelen/, `${DOEL_1}\n${DOEL_2}`, true);
      // The conditions step: every toggle on (vulKaartIn loses its marks when the Playground redraws the toggles).
      const toggles = kaart.locator('input[type="checkbox"]');
      if ((await toggles.count()) > 0) for (const t of await toggles.all()) await t.check();
      else await vulKaartIn(kaart, planning);
      await leg(sanne, `d${String(stap).padStart(2, "0")}-stap`, kaart, [`Aanvraag ${nummer} · Basisschool De Regenboog`]);
      await kaart.getByRole("button", { name: tekst.includes("Naar controleren") ? "Naar controleren" : "Volgende" }).click();
      await naKlik(sanne, tekst);
      const na = await laatsteKaart(sanne).innerText();
      if (/Nog niet alles klopt|Vul .* in\.|te lang/.test(na)) await sanne.screenshot({ path: "test-results/e2e/d-fout.png", fullPage: true });
      expect(na).not.toMatch(/Nog niet alles klopt|Vul .* in\.|te lang/);
    }
    await leg(sanne, "d10-controleren", kaart, [`Aanvraag ${nummer} · Basisschool De Regenboog`]);
    await kaart.getByRole("button", { name: "Indienen" }).click();
    await leg(sanne, "d11-ingediend", await wachtOpKaart(sanne, "Ingediend."), ["Maatwerkbudget (Almere)", `Aanvraag ${nummer}`]);

    // Mark's card: every answer, the goals as two lines, the budget position of the regeling.
    let besluit = await wachtOpKaart(mark, "Jouw besluit");
    await leg(mark, "d12-beslissingskaart", besluit, ["Maatwerkbudget (Almere)", `Aanvraag ${nummer}`, `Ingediend op ${vandaag}; ligt bij Mark Jansen.`]);
    const opKaart = await regels(besluit);
    const alles = opKaart.join("\n");
    for (const [, waarde] of ANTWOORDEN.filter(([l]) => l !== "OPP van de leerling")) expect(alles).toContain(waarde);
    expect(alles).toContain("OPP van de leerling");
    expect(opKaart.some((r) => r.includes(DOEL_1) && !r.includes(DOEL_2))).toBe(true);
    expect(opKaart.some((r) => r.includes(DOEL_2) && !r.includes(DOEL_1))).toBe(true);
    expect(alles).toContain("Toegekend in stadsdeel Haven");

    // Too long a question is refused at its field with both lengths, his text kept on the card, nothing sent to Sanne.
    const teLang = `${VRAAG} `.repeat(60).slice(0, 2001);
    await vulIn(besluit, /vraag aan de consulent/, teLang);
    await besluit.getByRole("button", { name: "Terugsturen" }).click();
    besluit = await wachtOpKaart(mark, "Deze tekst heeft 2.001 tekens; hier passen er hoogstens 2.000.");
    await leg(mark, "d12b-vraag-te-lang", besluit, ["Maatwerkbudget (Almere)", `Aanvraag ${nummer}`]);
    expect(await besluit.locator("textarea, input").evaluateAll((velden) => velden.map((v) => (v as HTMLInputElement).value.length))).toContain(2001);
    expect(await sanne.locator(".ac-adaptiveCard", { hasText: "is teruggestuurd met een vraag" }).count()).toBe(0);

    // Mark sends it back with a question.
    await vulIn(besluit, /vraag aan de consulent/, VRAAG);
    await besluit.getByRole("button", { name: "Terugsturen" }).click();
    await leg(mark, "d13-teruggestuurd-mark", await wachtOpKaart(mark, "Teruggestuurd naar de consulent"), [`Aanvraag ${nummer}`]);

    // Sanne answers on the card that asks, then changes one budget line and submits again.
    let vraag = await wachtOpKaart(sanne, "is teruggestuurd met een vraag");
    expect(await vraag.innerText()).toContain(VRAAG);
    await vulIn(vraag, /Antwoord aan Mark Jansen/, ANTWOORD);
    await leg(sanne, "d14-vraag", vraag, [`Aanvraag ${nummer} is teruggestuurd met een vraag`]);
    await vraag.getByRole("button", { name: "Antwoord versturen" }).click();
    vraag = await wachtOpKaart(sanne, "Je antwoord is bewaard");
    await leg(sanne, "d15-antwoord-bewaard", vraag, [`Aanvraag ${nummer} is teruggestuurd met een vraag`]);
    await vraag.getByRole("button", { name: "Aanvraag aanpassen" }).click();
    kaart = await wachtOpKaart(sanne, "Controleren en indienen");
    await kaart.getByRole("button", { name: "Bekostiging wijzigen" }).click();
    kaart = await wachtOpKaart(sanne, "Opslaan en terug naar controleren");
    await vulIn(kaart, /^Bedrag/, "4200");
    await leg(sanne, "d16-regel-gewijzigd", kaart, [`Aanvraag ${nummer} · Basisschool De Regenboog`]);
    await kaart.getByRole("button", { name: "Opslaan en terug naar controleren" }).click();
    kaart = await wachtOpKaart(sanne, "Controleren en indienen");
    expect(await kaart.innerText()).toContain("4.200,00");
    await kaart.getByRole("button", { name: "Indienen" }).click();
    await wachtOpKaart(sanne, "Ingediend.");

    // Mark's new card: resubmitted, with the question, the answer and the old and new amount.
    besluit = await wachtOpKaart(mark, "Opnieuw ingediend");
    await leg(mark, "d17-opnieuw-ingediend", besluit, ["Maatwerkbudget (Almere)", `Aanvraag ${nummer}`]);
    const tweede = await besluit.innerText();
    expect(tweede).toContain(VRAAG);
    expect(tweede).toContain(ANTWOORD);
    expect(tweede).toMatch(/€\s5\.000,00\s*→\s*€\s4\.200,00/);

    await besluit.getByRole("button", { name: "Toekennen" }).click();
    await leg(mark, "d18-toegekend", await wachtOpKaart(mark, "Toegekend op"), [`Aanvraag ${nummer}`, `Toegekend op ${vandaag} door Mark Jansen.`]);

    // Sanne's earlier cards about the aanvraag show the decision: none says it lies with Mark any more.
    await wachtOpKaart(sanne, "is toegekend");
    await expect.poll(async () => sanne.locator(".ac-adaptiveCard", { hasText: "ligt bij Mark Jansen" }).count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(async () => sanne.locator(".ac-adaptiveCard", { hasText: `Toegekend op ${vandaag} door Mark Jansen` }).count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await leg(sanne, "d19-sanne-na-besluit", await wachtOpKaart(sanne, "is toegekend"), ["Maatwerkbudget (Almere) · Basisschool De Regenboog", `Aanvraag ${nummer} is toegekend`]);
    expect(await sanne.locator(".ac-adaptiveCard", { hasText: "Antwoord aan Mark Jansen" }).count()).toBe(0);
    // Her own 'ingediend' card, brought up to date: her aanvraag and the decision, not the budget figures Mark weighed.
    const haarKaart = sanne.locator(".ac-adaptiveCard", { hasText: `Toegekend op ${vandaag} door Mark Jansen` }).filter({ hasText: "Aangevraagd" }).last();
    await leg(sanne, "d20-sanne-ingediend-bijgewerkt", haarKaart, [`Aanvraag ${nummer}`, `Toegekend op ${vandaag} door Mark Jansen.`]);
    expect(await haarKaart.innerText()).not.toMatch(/Toegekend in stadsdeel|In behandeling|Jaarbudget|Resterend/);
  }, 300_000);
});
