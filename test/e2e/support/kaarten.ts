/// <reference lib="dom" />
import { join } from "node:path";
import { expect } from "vitest";
import type { Locator, Page } from "playwright-core";
import { SCHERMAFDRUKKEN } from "./omgeving.js";

/** The newest Adaptive Card in the chat. */
export const laatsteKaart = (p: Page): Locator => p.locator(".ac-adaptiveCard").last();

/** Types a chat message the way a user does: in the compose box, then Enter. */
export async function typ(p: Page, tekst: string): Promise<void> {
  const vak = p.getByRole("textbox").first();
  await vak.click();
  await vak.fill(tekst);
  await p.keyboard.press("Enter");
}

/** Waits until the newest card shows `tekst`. */
export async function wachtOpKaart(p: Page, tekst: string | RegExp, ms = 30_000): Promise<Locator> {
  const kaart = p.locator(".ac-adaptiveCard", { hasText: tekst }).last();
  await kaart.waitFor({ timeout: ms });
  return kaart;
}

/**
 * A screenshot of the step, saved as a test artefact, after checking what a user would:
 * the card's expected Dutch heading lines at its top, no unbound ${...} anywhere on the
 * page, no text cut off on the card, no error banner of the Playground.
 */
export async function leg(p: Page, naam: string, kaart: Locator, kop: readonly string[]): Promise<void> {
  // First the artefact, so a failing step can be seen too.
  await p.screenshot({ path: join(SCHERMAFDRUKKEN, `${naam}.png`), fullPage: true });
  const bovenaan = await kaart.locator(".ac-textBlock").evaluateAll((blokken) => blokken.slice(0, 3).map((b) => (b as HTMLElement).innerText.trim()));
  for (const regel of kop) expect(bovenaan, `${naam}: kop bovenaan de kaart`).toContain(regel);
  expect(await p.locator("body").innerText(), naam).not.toContain("${");
  // Cut off: a text block whose content is wider or taller than the block shows it (ellipsis, clipped list markers, maxLines).
  const afgekapt = await kaart.locator(".ac-textBlock").evaluateAll((blokken) =>
    blokken
      .filter((b) => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1)
      .map((b) => `${(b as HTMLElement).innerText.trim() || b.innerHTML.slice(0, 120)} (${b.scrollWidth}x${b.scrollHeight} in ${b.clientWidth}x${b.clientHeight})`),
  );
  expect(afgekapt, `${naam}: afgekapte tekst`).toEqual([]);
  expect(await p.getByText(/Something went wrong|Error sending|failed to send/i).count(), naam).toBe(0);
}

/**
 * Words that a reader sees broken over two lines in the card's text blocks and input labels
 * ("Maatwer / kbudget", "1 / ."), each with the text it stands in. A no-break space binds
 * ("€ 150.000" is one word); a word with a soft hyphen may break, with its hyphen shown.
 */
export async function gebrokenWoorden(kaart: Locator): Promise<string[]> {
  return kaart.locator(".ac-textBlock, .ac-richTextBlock, label").evaluateAll((blokken) => {
    const uit: string[] = [];
    for (const blok of blokken) {
      const tekstknopen = document.createTreeWalker(blok, NodeFilter.SHOW_TEXT);
      for (let knoop = tekstknopen.nextNode(); knoop; knoop = tekstknopen.nextNode()) {
        for (const woord of (knoop.textContent ?? "").matchAll(/[^ \n\t]+/g)) {
          if (woord[0].includes("\u00ad")) continue;
          const bereik = document.createRange();
          bereik.setStart(knoop, woord.index);
          bereik.setEnd(knoop, woord.index + woord[0].length);
          const regels = new Set(Array.from(bereik.getClientRects(), (r) => Math.round(r.bottom)));
          if (regels.size > 1) uit.push(`${woord[0]} (in "${(blok as HTMLElement).innerText.trim().slice(0, 80)}")`);
        }
      }
    }
    return uit;
  });
}

/** One-line inputs of the card whose placeholder is wider than the room inside the input (the reader sees "bijv. 204518 (hoog…"; a text area wraps its own), and labels cut off. */
export async function afgekapteInvoer(kaart: Locator): Promise<string[]> {
  return kaart.evaluate((k) => {
    const uit: string[] = [];
    const maat = document.createElement("canvas").getContext("2d")!;
    for (const invoer of Array.from(k.querySelectorAll<HTMLInputElement>("input[placeholder]"))) {
      if (!invoer.placeholder || invoer.offsetParent === null) continue;
      const stijl = getComputedStyle(invoer, "::placeholder");
      maat.font = `${stijl.fontStyle} ${stijl.fontWeight} ${stijl.fontSize} ${stijl.fontFamily}`;
      const nodig = maat.measureText(invoer.placeholder).width;
      const vak = getComputedStyle(invoer);
      const ruimte = invoer.clientWidth - parseFloat(vak.paddingLeft) - parseFloat(vak.paddingRight);
      if (nodig > ruimte + 0.5) uit.push(`plaatshouder "${invoer.placeholder}" (${Math.ceil(nodig)} px in ${Math.floor(ruimte)} px)`);
    }
    for (const label of Array.from(k.querySelectorAll<HTMLElement>("label")))
      if (label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 1) uit.push(`label "${label.innerText.trim()}" (${label.scrollWidth}x${label.scrollHeight} in ${label.clientWidth}x${label.clientHeight})`);
    return uit;
  });
}

/** What a careful consulent types into a field, from its label, with the traject's planned dates; empty for extra rows. */
function waardeVoor(label: string, type: string, planning: Periode): string | undefined {
  const l = label.toLowerCase();
  if (l.includes("totaal") || l.includes("laat leeg")) return undefined;
  if (l.includes("leerlingnr") || l.includes("opp-ref")) return "LL-1001";
  if (l.includes("initialen")) return "J.B.";
  if (l.includes("geboortejaar")) return "2014";
  if (l.includes("omschrijving")) return "Inzet ambulant begeleider";
  if (l.includes("bedrag")) return "5000";
  if (type === "date" || l.includes("datum")) return l.includes("eind") ? planning.eind : planning.start;
  if (l.includes("referentie") || l.includes("opp")) return "OPP-2026-118";
  return "Concreet en meetbaar beschreven, zoals besproken met school en ouders.";
}

/** The planned start and end of the traject, ISO dates. */
export interface Periode {
  start: string;
  eind: string;
}

/** Fills every empty field of a card: texts from their labels, dates from the planning, the first option of every choice, every toggle on. */
export async function vulKaartIn(kaart: Locator, planning: Periode): Promise<void> {
  // The card is replaced in place after every step: marks of the step before go first.
  await kaart.evaluate((k) => Array.from(k.querySelectorAll("[data-e2e]")).forEach((el) => el.removeAttribute("data-e2e")));
  // Each label points at its input, or at a wrapper around it: mark the real element, and tell its label and kind.
  const velden = await kaart.evaluate((k) =>
    Array.from(k.querySelectorAll("label[for]")).map((l, i) => {
      const doel = document.getElementById(l.getAttribute("for")!);
      const el = doel && (doel.matches("input, textarea, [role=radiogroup]") ? doel : doel.querySelector("input, textarea, [role=radiogroup]"));
      el?.setAttribute("data-e2e", String(i));
      return { nr: String(i), label: l.textContent ?? "", tag: el?.tagName ?? "", type: el?.getAttribute("type") ?? el?.getAttribute("role") ?? "" };
    }),
  );
  const gezien = new Set<string>();
  for (const v of velden) {
    const el = kaart.locator(`[data-e2e="${v.nr}"]`);
    if (v.tag === "") continue;
    // Rows (pupils, budget lines) repeat their labels: only the first row is filled, the rest stays empty.
    if (gezien.has(v.label)) continue;
    gezien.add(v.label);
    if (v.type === "radiogroup") {
      if ((await el.locator("input:checked").count()) === 0) await el.locator("label").first().click();
    } else if (v.type === "checkbox") {
      if (!(await el.isChecked())) await el.check();
    } else if ((await el.inputValue()) === "") {
      const w = waardeVoor(v.label, v.type, planning);
      if (w) await el.fill(w);
    }
  }
  // Inputs whose label is a text block above them: the nearest text before each one is its label.
  const zonderLabel = await kaart.evaluate((k) => {
    let tekst = "";
    const uit: { nr: string; label: string; type: string }[] = [];
    Array.from(k.querySelectorAll(".ac-textBlock, input, textarea")).forEach((el, i) => {
      if (el.classList.contains("ac-textBlock")) tekst = el.textContent ?? "";
      else if (!el.hasAttribute("data-e2e") && el.getAttribute("type") !== "radio" && el.getAttribute("type") !== "checkbox" && el.getAttribute("placeholder") !== "Select a date...") {
        el.setAttribute("data-e2e", `t${i}`);
        uit.push({ nr: `t${i}`, label: tekst, type: el.tagName === "TEXTAREA" ? "textarea" : (el.getAttribute("type") ?? "text") });
      }
    });
    return uit;
  });
  for (const v of zonderLabel) {
    const el = kaart.locator(`[data-e2e="${v.nr}"]`);
    const w = waardeVoor(v.label, v.type, planning);
    if (w && (await el.inputValue()) === "") await el.fill(w);
  }
  // Date pickers (Fluent UI): opened with a click, a day chosen in the calendar, month by month.
  const datums = await kaart.getByPlaceholder("Select a date...").all();
  for (const [i, vak] of datums.entries())
    if ((await vak.inputValue()) === "") await kiesDatum(kaart.page(), vak, alsDag(i === 0 ? planning.start : planning.eind));
  for (const toggle of await kaart.locator('input[type="checkbox"]').all()) if (!(await toggle.isChecked())) await toggle.check();
}

/** An ISO date as a local Date at midnight, as the date picker shows it. */
function alsDag(iso: string): Date {
  const [j, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(j, m - 1, d);
}

/** Chooses a day in a Fluent UI date picker by opening its calendar and paging to the month. */
async function kiesDatum(p: Page, vak: Locator, datum: Date): Promise<void> {
  await vak.click();
  const maand = datum.toLocaleString("en-US", { month: "long" });
  const dag = p.getByRole("gridcell", { name: new RegExp(`^${datum.getDate()}, ${maand}, ${datum.getFullYear()}`) }).or(p.getByRole("button", { name: new RegExp(`^${datum.getDate()}, ${maand}, ${datum.getFullYear()}`) }));
  for (let i = 0; i < 24 && (await dag.count()) === 0; i++) await p.getByRole("button", { name: /next month/i }).first().click();
  await dag.first().click();
}
