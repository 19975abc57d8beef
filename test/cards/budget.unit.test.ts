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
const grafiekBlok = body.at(-1)! as { fallback: string; items: Knoop[] };
const grafiek = grafiekBlok.items.find((e) => e.type === "Chart.HorizontalBar.Stacked")!;
/** The texts of an element and everything in it, in order, as a reader meets them. */
const tekstenVan = (x: unknown): string[] =>
  Array.isArray(x) ? x.flatMap(tekstenVan) : x && typeof x === "object" ? [...("text" in x && typeof x.text === "string" ? [x.text.replace(/\u00a0/g, " ").replaceAll("\u00ad", "")] : []), ...Object.values(x).flatMap(tekstenVan)] : [];

describe("the budget card (cards/budget.json)", () => {
  it("is valid Adaptive Cards 1.5: a block per pot, each figure explained under them; a 1.5 renderer does not know the Teams chart and drops it with its heading", () => {
    const { kaart: card, meldingen } = parse(kaart);
    expect(meldingen).toEqual(['Unknown element type "Chart.HorizontalBar.Stacked". Fallback will be used if present.']);
    expect(card.version?.toString()).toBe("1.5");
    // Title, four pots, the explanation; the chart's container has gone, heading and all.
    expect(Array.from({ length: card.getItemCount() }, (_, i) => card.getItemAt(i).getJsonTypeName())).toEqual(["TextBlock", ...Array(5).fill("Container")]);
    expect(tekstenVan(card.toJSON()).join("\n")).not.toContain("grafiek");
    expect(card.validateProperties().validationEvents).toEqual([]);
  });

  it("the chart has the shape Teams documents for Chart.HorizontalBar.Stacked: data of {title, data: [{legend, value, color}]}, whole euros as numbers, its unit said in the heading above it, the heading and chart dropped together where charts are unknown", () => {
    expect(grafiekBlok.fallback).toBe("drop");
    expect(grafiek.fallback).toBeUndefined();
    expect(tekstenVan(grafiekBlok.items[0])).toEqual(["Dezelfde bedragen in een grafiek, in euro's"]);
    expect(grafiek.title).toBe("Dezelfde bedragen in een grafiek, in euro's");
    const data = grafiek.data as { title: string; data: { legend: string; value: unknown; color: string }[] }[];
    expect(data.map((d) => d.title)).toEqual(["Pilot maatwerkbudget De Verbinding", regeling("almere-maatwerk").naam, regeling("jaarplan-maatwerk").naam, regeling("jaarplan-innovatie").naam]);
    expect(data[0]!.data).toEqual([
      { legend: "Toegekend", value: 45000, color: "categoricalBlue" },
      { legend: "In behandeling", value: 0, color: "categoricalMarigold" },
      { legend: "Resterend", value: 105000, color: "good" },
    ]);
    expect(data[1]!.data).toEqual([
      { legend: "Toegekend", value: 0, color: "categoricalBlue" },
      { legend: "In behandeling", value: 1200, color: "categoricalMarigold" },
    ]);
  });

  it("each pot or regeling without a pot is a block: its name on its own line, its jaarbudget and regelingen, then each figure in euros under its label", () => {
    const blokken = body.slice(1, 5).map(tekstenVan);
    expect(blokken[0]).toEqual([
      "Pilot maatwerkbudget De Verbinding",
      "Jaarbudget € 150.000",
      `Voor: ${regeling("verbinding-individueel").naam}; ${regeling("verbinding-groepsaanpak").naam}`,
      ...["Toegekend", "€ 45.000", "In behandeling", "€ 0", "Resterend", "€ 105.000", "Leerlingen", "6"],
    ]);
    expect(blokken[1]).toEqual([regeling("almere-maatwerk").naam, "Geen jaarbudget", ...["Toegekend", "€ 0", "In behandeling", "€ 1.200", "Resterend", "–", "Leerlingen", "0"]]);
    expect(blokken.map((b) => b[0])).toEqual(["Pilot maatwerkbudget De Verbinding", regeling("almere-maatwerk").naam, regeling("jaarplan-maatwerk").naam, regeling("jaarplan-innovatie").naam]);
    // Amounts keep the euro sign with the figure: a narrow column never breaks "€ 45.000" in two.
    expect(JSON.stringify(body[1])).toContain('"€\u00a045.000"');
  });

  it("an overrun jaarbudget shows its remainder as a negative amount in red", () => {
    const regels = budgetoverzicht(regelingen, [toegekend(regeling("verbinding-groepsaanpak"), 4000000), toegekend(regeling("verbinding-groepsaanpak"), 4000000), toegekend(regeling("verbinding-groepsaanpak"), 4000000), toegekend(regeling("verbinding-groepsaanpak"), 4000000)], "2026-2027");
    const pot = budgetKaart(regels, "2026-2027").rijen[0]!;
    expect([pot.resterend.replace(/\u00a0/g, " "), pot.resterendKleur]).toEqual(["€ -10.000", "Attention"]);
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
