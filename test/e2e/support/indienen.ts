import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";
import { laatsteKaart, typ, vulKaartIn, wachtOpKaart, type Periode } from "./kaarten.js";

/**
 * A consulent starts an aanvraag for `regeling` at `school` in the Playground, fills in every
 * step through the cards for `periode`, and submits it; the card that says it was submitted.
 */
export async function dienInViaKaarten(p: Page, regeling: string, school: string, periode: Periode): Promise<Locator> {
  await typ(p, "nieuwe aanvraag");
  let kaart = await wachtOpKaart(p, "Kies de regeling en de school");
  await kaart.getByText(regeling).click();
  await kaart.getByText(school).click();
  await kaart.getByRole("button", { name: "Beginnen" }).click();
  for (let stap = 0; stap < 17; stap++) {
    kaart = await wachtOpKaart(p, /Stap \d+ van \d+/);
    const tekst = await kaart.innerText();
    if (tekst.includes("Controleren en indienen")) break;
    await vulKaartIn(kaart, periode);
    await kaart.getByRole("button", { name: tekst.includes("Naar controleren") ? "Naar controleren" : "Volgende" }).click();
    await expect.poll(async () => (await laatsteKaart(p).innerText()) !== tekst, { timeout: 15_000 }).toBe(true);
    expect(await laatsteKaart(p).innerText()).not.toMatch(/Vul .* in\.|moet|ongeldig/i);
  }
  await kaart.getByRole("button", { name: "Indienen" }).click();
  return wachtOpKaart(p, "Ingediend.");
}
