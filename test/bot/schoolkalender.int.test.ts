import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker, type Gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan, toegekendTraject } from "../support/indienen.js";
import { vulStapIn } from "../support/invullen.js";
import { foutenVan, invoerVan, tekstVan, type KaartJson } from "../support/kaart.js";
import { varianten } from "../support/varianten.js";
import { ERICA, KARIN, LINDA, MARK, SANNE, demoConfig, regeling } from "../support/demo.js";
import type { Regeling } from "../../src/domain/regeling.js";

let h: BotOpHttp;
afterEach(async () => {
  await h?.stop();
});

const leesbaar = (t: string) => t.replace(/\u00a0/g, " ");
const beslisKaart = (id: string) => kaartenAan(h, id).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!;

/** Fills in the steps of a new aanvraag until a step is refused; resolves to that step's card. */
async function totFout(g: Gebruiker, r: Regeling, brin: string, periode: { start: string; eind: string }): Promise<KaartJson> {
  const { kaarten } = await g.zeg("nieuwe aanvraag");
  let kaart = await g.klik(kaarten.at(-1)!, "Beginnen", { regelingId: r.id, brin });
  for (let i = 0; i < 20 && foutenVan(kaart).length === 0 && !tekstVan(kaart).includes("Controleren en indienen"); i++)
    kaart = await g.klik(kaart, tekstVan(kaart).includes("Naar controleren") ? "Naar controleren" : "Volgende", vulStapIn(kaart, r, periode));
  return kaart;
}

describe("school weeks from the SWV's calendar on the decision card", () => {
  it("suggests 12 for 11 January to 9 April 2027 (the voorjaarsvakantie left out), and refuses a grant of 13 naming both numbers", async () => {
    h = await startBotOpHttp({}, () => new Date("2026-11-02T09:00:00Z"));
    const sanne = gebruiker(h, SANNE);
    const mark = gebruiker(h, MARK);
    await sanne.zeg("hallo");
    await mark.zeg("hallo");
    await dienVolledigIn(sanne, regeling("almere-maatwerk"), "01AA", { start: "2027-01-11", eind: "2027-04-09" });
    const kaart = beslisKaart(MARK);
    expect(invoerVan(kaart).schoolweken).toBe("12");
    const geweigerd = await mark.klik(kaart, "Toekennen", { schoolweken: "13" });
    expect(leesbaar(tekstVan(geweigerd))).toContain("De periode telt 12 schoolweken (vakanties niet meegeteld); je kunt er geen 13 toekennen.");
    expect((await h.bot.store.aanvragen.lijst())[0]!.status.fase).toBe("ingediend");
    const toegekend = await mark.klik(geweigerd, "Toekennen", { schoolweken: "12" });
    expect(leesbaar(tekstVan(toegekend))).toContain("voor 12 schoolweken, 11 januari 2027 t/m 9 april 2027");
  });
});

describe("per schooljaar: a period from 1 June to 30 September 2027", () => {
  it.each(demoConfig.regelingen.map((r) => [r.id, r.sectoren.includes("PO") ? "01AA" : "04DD"] as const))("%s refuses it at the planning step, saying why and suggesting two aanvragen", async (id, brin) => {
    h = await startBotOpHttp({}, () => new Date("2026-11-02T09:00:00Z"));
    const sanne = gebruiker(h, SANNE);
    await sanne.zeg("hallo");
    const kaart = await totFout(sanne, regeling(id), brin, { start: "2027-06-01", eind: "2027-09-30" });
    expect(foutenVan(kaart).join(" ")).toContain(
      "De regelingen kennen per schooljaar toe, en deze periode loopt over 1 augustus 2027 heen. Dien twee aanvragen in: een tot en met 31 juli 2027 en een vanaf 1 augustus 2027.",
    );
    expect((await h.bot.store.aanvragen.lijst()).every((a) => a.status.fase === "concept")).toBe(true);
  });

  it("under a regeling configured to split, it is granted in two parts by school weeks, and each schooljaar's budget counts its own part", async () => {
    const omgeving = await varianten({ profiel: ["de-verbinding", (p) => ((p.regelingen[0]!.limieten as Record<string, unknown>).schooljaargrens = "splitsen")] });
    h = await startBotOpHttp(omgeving, () => new Date("2026-11-02T09:00:00Z"));
    const [sanne, erica, karin] = [SANNE, ERICA, KARIN].map((id) => gebruiker(h, id)) as [Gebruiker, Gebruiker, Gebruiker];
    for (const g of [sanne, erica, karin]) await g.zeg("hallo");
    await dienVolledigIn(sanne, regeling("verbinding-individueel"), "04DD", { start: "2027-06-01", eind: "2027-09-30" });
    const kaart = beslisKaart(ERICA);
    expect(invoerVan(kaart).schoolweken).toBe("12");
    expect(leesbaar(tekstVan(kaart))).toContain("Per schooljaar: 2026-2027: € 2.916,67 (7 schoolweken); 2027-2028: € 2.083,33 (5 schoolweken)");
    await erica.klik(kaart, "Toekennen", {});
    const beschikking = leesbaar(tekstVan(kaartenAan(h, SANNE).at(-1)!));
    // € 5.000 over 7 school weeks in June and July and 5 in September: 7/12 and 5/12.
    expect(beschikking).toContain("Schooljaar 2026-2027: € 2.916,67 (7 schoolweken)");
    expect(beschikking).toContain("Schooljaar 2027-2028: € 2.083,33 (5 schoolweken)");
    const [a] = await h.bot.store.aanvragen.lijst();
    expect(a!.status.fase === "toegekend" && a!.status.beschikking.delen).toEqual([
      { schooljaar: "2026-2027", bedrag: 291667, schoolweken: 7 },
      { schooljaar: "2027-2028", bedrag: 208333, schoolweken: 5 },
    ]);
    const volgend = leesbaar((await karin.zeg("budget 2027-2028")).kaarten.map(tekstVan).join("\n"));
    expect(volgend).toContain("Budget schooljaar 2027-2028");
    // The budget card's figures are in whole euros (€ 2.083,33 and € 2.916,67).
    expect(volgend).toMatch(/Pilot maatwerkbudget De Verbinding[\s\S]*\nToegekend\n€ 2\.083\n/);
    expect(leesbaar((await karin.zeg("budget 2026-2027")).kaarten.map(tekstVan).join("\n"))).toContain("\nToegekend\n€ 2.917\n");
  });
});

describe("gesprekken on school days", () => {
  const jaarplan = regeling("jaarplan-maatwerk");

  it("a traject from 11 January to 9 July 2027 plans gesprek 1 on Monday 12 April and the reminder says so; a future 'gehouden op' is refused; the history keeps the day held", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    const { sanne } = await toegekendTraject(h, jaarplan, { start: "2027-01-11", eind: "2027-07-09" });
    nu = new Date("2027-04-05T10:00:00Z");
    await h.bot.veeg();
    const herinnering = kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Voortgangsgesprek 1 van")).at(-1)!;
    expect(tekstVan(herinnering)).toContain("staat gepland op maandag 12 april 2027 (verschoven van zondag 11 april 2027: dat is geen schooldag)");
    expect(invoerVan(herinnering)["g.gehoudenOp"]).toBe("2027-04-12");
    const toekomst = await sanne.klik(herinnering, "Gesprek vastleggen", { "g.gehoudenOp": "2027-04-12", "g.deelnemers": "mentor, ouders", "g.voortgang": "op-koers" });
    expect(tekstVan(toekomst)).toContain("Die datum ligt nog in de toekomst");
    expect((await h.bot.store.aanvragen.lijst())[0]!.voortgang.gesprekken).toEqual([]);
    const voorStart = await sanne.klik(toekomst, "Gesprek vastleggen", { "g.gehoudenOp": "2027-01-08", "g.deelnemers": "mentor, ouders", "g.voortgang": "op-koers" });
    expect(tekstVan(voorStart)).toContain("niet eerder zijn gehouden dan de start van het traject (11 januari 2027)");
    nu = new Date("2027-04-14T10:00:00Z");
    await sanne.klik(voorStart, "Gesprek vastleggen", { "g.gehoudenOp": "2027-04-12", "g.deelnemers": "mentor, ouders", "g.voortgang": "op-koers" });
    const [a] = await h.bot.store.aanvragen.lijst();
    expect(a!.voortgang.gesprekken[0]).toMatchObject({ gehoudenOp: "2027-04-12", vastgelegdOp: "2027-04-14T10:00:00.000Z" });
    expect(a!.geschiedenis.at(-1)).toMatchObject({ soort: "voortgangsgesprek", op: "2027-04-14T10:00:00.000Z", datum: "2027-04-12" });
  });

  it("a gesprek that falls in the kerstvakantie gets one reminder, at 09:00 on the first school day, with its moved date", async () => {
    let nu = new Date("2026-09-01T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    await toegekendTraject(h, jaarplan, { start: "2026-09-23", eind: "2027-06-30" });
    const herinneringen = () => kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Voortgangsgesprek 1 van"));
    for (const dag of ["2026-12-16T10:00:00Z", "2026-12-23T10:00:00Z", "2027-01-03T10:00:00Z"]) {
      nu = new Date(dag);
      await h.bot.veeg();
    }
    expect(herinneringen()).toHaveLength(0);
    nu = new Date("2027-01-04T08:00:00Z");
    await h.bot.veeg();
    await h.bot.veeg();
    expect(herinneringen()).toHaveLength(1);
    expect(tekstVan(herinneringen()[0]!)).toContain("staat gepland op maandag 4 januari 2027 (verschoven van woensdag 23 december 2026");
    expect(tekstVan(herinneringen()[0]!)).not.toContain("23 december 2026 en");
  });
});

describe("the budget card", () => {
  it("answers 'budget' with one block per pot (no internal ids) and each figure explained", async () => {
    h = await startBotOpHttp({}, () => new Date("2026-11-02T09:00:00Z"));
    const linda = gebruiker(h, LINDA);
    await linda.zeg("hallo");
    const [kaart] = (await linda.zeg("budget")).kaarten;
    const json = JSON.stringify(kaart);
    expect(json).toContain('"type":"Chart.HorizontalBar.Stacked"');
    expect(json.match(/Pilot maatwerkbudget De Verbinding"/g)).toHaveLength(2); // the chart's bar and the pot's block, once each
    expect(json).not.toContain("verbinding-pilot");
    const tekst = tekstVan(kaart!);
    for (const kolom of ["Per budget:", "Toegekend:", "In behandeling:", "Resterend:", "Leerlingen:"]) expect(tekst.split(kolom).length - 1, kolom).toBe(1);
  });
});
