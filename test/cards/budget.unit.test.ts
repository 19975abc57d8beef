import * as AC from "adaptivecards";
import { describe, expect, it } from "vitest";
import { renderCard } from "../../cards/render.js";
import { budgetoverzicht } from "../../src/domain/budgetoverzicht.js";
import { budgetKaart } from "../../bot/kaarten/budget.js";
import { begroting, ingediend, regeling, toegekend } from "../domain/builders.js";

const regelingen = ["almere-maatwerk", "verbinding-individueel", "verbinding-groepsaanpak", "jaarplan-maatwerk", "jaarplan-innovatie"].map(regeling);
const aanvragen = [toegekend(regeling("verbinding-individueel"), 500000), toegekend(regeling("verbinding-groepsaanpak"), 4000000), ingediend(regeling("almere-maatwerk"), { begroting: begroting(120000) })];
const kaart = renderCard("budget", budgetKaart(budgetoverzicht(regelingen, aanvragen, "2026-2027"), "2026-2027"));

/** Parses a card as the Adaptive Cards 1.5 renderer does; resolves to what it reported. */
function parse(json: unknown): { kaart: AC.AdaptiveCard; meldingen: string[] } {
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  return { kaart: card, meldingen: Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message) };
}

type Knoop = Record<string, unknown>;
const body = kaart.body as Knoop[];
const grafiek = body.find((e) => e.type === "Chart.HorizontalBar.Stacked")!;
const tabelKnoop = body.find((e) => e.type === "Table")!;

describe("the budget card (cards/budget.json)", () => {
  it("is valid Adaptive Cards 1.5: the table first, its columns explained under it; the only thing a 1.5 renderer does not know is the Teams chart, which it drops", () => {
    const { kaart: card, meldingen } = parse(kaart);
    expect(meldingen).toEqual(['Unknown element type "Chart.HorizontalBar.Stacked". Fallback will be used if present.']);
    expect(card.version?.toString()).toBe("1.5");
    expect(card.getItemAt(1).getJsonTypeName()).toBe("Table");
    expect(Array.from({ length: card.getItemCount() }, (_, i) => card.getItemAt(i).getJsonTypeName())).toEqual(["TextBlock", "Table", ...Array(6).fill("TextBlock")]);
    expect(card.validateProperties().validationEvents).toEqual([]);
  });

  it("the chart has the shape Teams documents for Chart.HorizontalBar.Stacked: data of {title, data: [{legend, value, color}]}, numbers in euros said in its title, dropped where charts are unknown (the table is always there)", () => {
    expect(grafiek.fallback).toBe("drop");
    expect(grafiek.title).toBe("Dezelfde bedragen in een grafiek (in euro's)");
    expect(body.indexOf(grafiek)).toBe(body.length - 1);
    const data = grafiek.data as { title: string; data: { legend: string; value: unknown; color: string }[] }[];
    expect(data.map((d) => d.title)).toEqual(["Pilot maatwerkbudget De Verbinding", regeling("almere-maatwerk").naam, regeling("jaarplan-maatwerk").naam, regeling("jaarplan-innovatie").naam]);
    expect(data[0]!.data).toEqual([
      { legend: "Toegekend", value: 45000, color: "categoricalBlue" },
      { legend: "In behandeling", value: 0, color: "categoricalYellow" },
      { legend: "Resterend", value: 105000, color: "good" },
    ]);
    expect(data[1]!.data).toEqual([
      { legend: "Toegekend", value: 0, color: "categoricalBlue" },
      { legend: "In behandeling", value: 1200, color: "categoricalYellow" },
    ]);
  });

  it("the table has a header and one row per pot or regeling without a pot, with the regelingen a pot serves", () => {
    const tabel = tabelKnoop as unknown as { rows: { cells: { items: { text: string }[] }[] }[] };
    const rijen = tabel.rows.map((r) => r.cells.map((c) => c.items.map((i) => i.text.replace(/\u00a0/g, " ").replaceAll("\u00ad", "")).join(" | ")));
    expect(rijen[0]).toEqual(["Budget", "Toegekend", "In behandeling", "Resterend", "Leerlingen"]);
    expect(rijen[1]).toEqual([
      `Pilot maatwerkbudget De Verbinding | Jaarbudget € 150.000,00, voor: ${regeling("verbinding-individueel").naam}; ${regeling("verbinding-groepsaanpak").naam}`,
      "45.000",
      "0",
      "105.000",
      "6",
    ]);
    expect(rijen[2]).toEqual([`${regeling("almere-maatwerk").naam} | Geen jaarbudget`, "0", "1.200", "–", "0"]);
    expect(rijen).toHaveLength(5);
  });

  it("stays well under Teams' 40 KB a message", () => {
    expect(Buffer.byteLength(JSON.stringify(kaart))).toBeLessThan(40_000);
  });
});

describe("the rapportage card (cards/rapportage.json)", () => {
  it("is valid Adaptive Cards 1.5, with a table per school and per bestuur whose figures are the report's", async () => {
    const { rapportage } = await import("../../src/domain/rapportage.js");
    const { rapportageKaart } = await import("../../bot/kaarten/rapportage.js");
    const { demoSwv } = await import("../domain/builders.js");
    const regels = rapportage(demoSwv(), regelingen, aanvragen, "2026-2027");
    const kaart = renderCard("rapportage", rapportageKaart(regels, "2026-2027", "rapportageDownload"));
    const { kaart: card, meldingen } = parse(kaart);
    expect(meldingen).toEqual([]);
    expect(card.validateProperties().validationEvents).toEqual([]);
    const tabellen = (kaart.body as Knoop[]).filter((e) => e.type === "Table") as { rows: { cells: { items: { text: string }[] }[] }[] }[];
    expect(tabellen).toHaveLength(2);
    const [scholen, besturen] = tabellen.map((t) => t.rows.slice(1).map((r) => r.cells.map((c) => c.items[0]!.text.replace(/\u00a0/g, " "))));
    expect(scholen!.map((r) => r[0])).toEqual(demoSwv().scholen.map((s) => s.naam));
    expect(besturen!.map((r) => r[0])).toEqual(demoSwv().besturen.map((b) => b.naam));
    const vo = regels.find((r) => r.id === "stichting-stadscollege")!;
    expect(besturen![1]!.slice(1, 4)).toEqual([String(vo.aanvragen), `€ ${(vo.gevraagd / 100).toLocaleString("nl-NL", { minimumFractionDigits: 2 })}`, `€ ${(vo.toegekend / 100).toLocaleString("nl-NL", { minimumFractionDigits: 2 })}`]);
    expect(Buffer.byteLength(JSON.stringify(kaart))).toBeLessThan(40_000);
  });
});
