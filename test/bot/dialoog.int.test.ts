import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker, type Gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { foutenBij, invoerVan, tekstVan, type KaartJson } from "../support/kaart.js";
import { LINDA, MARK, SANNE, regeling } from "../support/demo.js";

let h: BotOpHttp;
afterEach(async () => {
  await h?.stop();
});

const laatste = (kaarten: KaartJson[]) => kaarten.at(-1)!;
const beslisKaart = () => laatste(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit")));

async function start(): Promise<Record<"sanne" | "mark" | "linda", Gebruiker>> {
  h = await startBotOpHttp();
  const m = { sanne: gebruiker(h, SANNE), mark: gebruiker(h, MARK), linda: gebruiker(h, LINDA) };
  for (const g of Object.values(m)) await g.zeg("hallo");
  return m;
}

describe("a dialogue, not a bounce: question, answer, what changed", () => {
  it("the decider's card holds every answer; after Terugsturen the consulent answers and changes a budget line; the new card shows it all", async () => {
    const m = await start();
    await dienVolledigIn(m.sanne, regeling("almere-maatwerk"), "01AA");
    const eerste = tekstVan(beslisKaart());
    for (const c of regeling("almere-maatwerk").criteria) expect(eerste, c.id).toContain(c.label);
    expect(eerste).toContain("Antwoord op Ingezette extra ondersteuning (minstens een half jaar), concreet en meetbaar beschreven.");

    await m.mark.klik(beslisKaart(), "Terugsturen", { toelichting: "Waarom is de begeleiding zo duur?" });
    const vraag = laatste(kaartenAan(h, SANNE));
    expect(tekstVan(vraag)).toContain("Antwoord aan Mark Jansen");
    expect(tekstVan(vraag)).toContain("Aanvraag aanpassen");

    const teLang = await m.sanne.klik(vraag, "Antwoord versturen", { antwoord: "x".repeat(2001) });
    expect(foutenBij(teLang, "antwoord")).toEqual(["Deze tekst heeft 2.001 tekens; hier passen er hoogstens 2.000. Er is niets ingekort en niets bewaard: maak de tekst korter."]);
    expect((await h.bot.store.aanvragen.lijst())[0]!.dialoog[0]!.antwoord).toBeUndefined();

    const bewaard = await m.sanne.klik(teLang, "Antwoord versturen", { antwoord: "Het uurtarief is verlaagd naar 60 euro." });
    expect(tekstVan(bewaard)).toContain("Je antwoord is bewaard.");

    const controle = await m.sanne.klik(bewaard, "Aanvraag aanpassen");
    expect(tekstVan(controle)).toContain("Controleren en indienen");
    const begroting = await m.sanne.klik(controle, "Bekostiging wijzigen");
    expect(invoerVan(begroting)).toHaveProperty("b.0.bedrag");
    const terug = await m.sanne.klik(begroting, "Opslaan en terug naar controleren", { "b.0.bedrag": "1.320,00", "b.totaal": "" });
    expect(tekstVan(terug)).toContain("Controleren en indienen");
    await m.sanne.klik(terug, "Indienen");

    const tweede = tekstVan(beslisKaart());
    expect(tweede).toContain("Opnieuw ingediend");
    expect(tweede).toContain("Vraag: Waarom is de begeleiding zo duur?");
    expect(tweede).toContain("Antwoord: Het uurtarief is verlaagd naar 60 euro. (Sanne de Vries)");
    expect(tweede).toMatch(/Bekostiging: Inzet ambulant begeleider: € [\d.]+,00 → € 1\.320,00/);
    expect(JSON.stringify(beslisKaart())).not.toContain("${");

    const geschiedenisSanne = tekstVan(laatste((await m.sanne.zeg("geschiedenis MW-2026-0001")).kaarten));
    const zinnen = [
      "Sanne de Vries begon de aanvraag als concept.",
      "Sanne de Vries diende de aanvraag in.",
      "Mark Jansen stuurde de aanvraag terug met de vraag: Waarom is de begeleiding zo duur?",
      "Sanne de Vries beantwoordde de vraag: Het uurtarief is verlaagd naar 60 euro.",
      "Sanne de Vries diende de aanvraag opnieuw in.",
    ];
    for (const zin of zinnen) expect(geschiedenisSanne).toContain(zin);
    expect(geschiedenisSanne).not.toMatch(/concept-gemaakt|teruggestuurd \(|→/);

    await m.mark.klik(beslisKaart(), "Terugsturen", { toelichting: "Nog één vraag." });
    const staf = tekstVan(laatste((await m.linda.zeg("geschiedenis MW-2026-0001")).kaarten));
    for (const zin of [...zinnen, "Mark Jansen stuurde de aanvraag terug met de vraag: Nog één vraag."]) expect(staf).toContain(zin);
    expect(staf).not.toMatch(/concept-gemaakt|\(– → concept\)/);
  });
});
