import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker, type Gebruiker } from "../support/gebruiker.js";
import { kaartenAan, vulVolledigIn } from "../support/indienen.js";
import { tekstVan, type KaartJson } from "../support/kaart.js";
import { MARK, SANNE, regeling } from "../support/demo.js";

let h: BotOpHttp;
afterEach(async () => {
  await h?.stop();
});

/** The cards the bot put in place of one message in a person's chat (PUT), oldest first. */
function updatesVan(persoonId: string, bericht: string): string[] {
  return h.connector.verzonden
    .filter((v) => v.methode === "PUT" && v.status === 200 && decodeURIComponent(v.pad).includes(`a:persoonlijk-${persoonId}/activities/${bericht}`))
    .flatMap((v) => ((v.body.attachments as { content: KaartJson }[] | undefined) ?? []).map((a) => tekstVan(a.content)));
}

const beslisKaart = () => kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!;
async function activiteit(persoonId: string, soort: string): Promise<string> {
  const [a] = await h.bot.store.aanvragen.lijst();
  const u = (await h.bot.store.uitgaand.vanAanvraag(a!.id)).filter((x) => x.persoonId === persoonId && x.soort === soort && x.activiteitId).at(-1);
  return u!.activiteitId!;
}

describe("earlier cards about an aanvraag follow its phase", () => {
  it("the consulent's 'ingediend' cards and the decider's card from before a resubmission are updated; none keeps 'ligt bij'", async () => {
    h = await startBotOpHttp();
    const sanne: Gebruiker = gebruiker(h, SANNE);
    const mark = gebruiker(h, MARK);
    await sanne.zeg("hallo");
    await mark.zeg("hallo");

    // Sanne submits from the message "sanne-stap" (Teams names it in the invoke's replyToId).
    const controle = await vulVolledigIn(sanne, regeling("almere-maatwerk"), "01AA");
    const ingediend = await sanne.klik(controle, "Indienen", {}, { bericht: "sanne-stap" });
    expect(tekstVan(ingediend)).toContain("ligt bij Mark Jansen");

    // Mark sends it back; Sanne answers on the question card and submits again from it.
    const eersteKaartMark = await activiteit(MARK, "beslissing");
    await mark.klik(beslisKaart(), "Terugsturen", { toelichting: "Klopt het aantal uren?" }, { bericht: eersteKaartMark });
    const vraagBericht = await activiteit(SANNE, "teruggestuurd");
    const vraag = kaartenAan(h, SANNE).at(-1)!;
    const aanpassen = await sanne.klik(vraag, "Aanvraag aanpassen", {}, { bericht: vraagBericht });
    await sanne.klik(aanpassen, "Indienen", {}, { bericht: vraagBericht });

    // Mark's card from the first round now shows the aanvraag as it is: submitted again, with him.
    const oudeKaartMark = updatesVan(MARK, eersteKaartMark).at(-1)!;
    expect(oudeKaartMark).toContain("Opnieuw ingediend");
    expect(oudeKaartMark).toContain("ligt bij Mark Jansen");

    // Mark grants on the new card.
    const nieuweKaartMark = await activiteit(MARK, "beslissing");
    expect(nieuweKaartMark).not.toBe(eersteKaartMark);
    await mark.klik(beslisKaart(), "Toekennen", {}, { bericht: nieuweKaartMark });

    // Both of Sanne's "ingediend" cards show the decision now.
    for (const bericht of ["sanne-stap", vraagBericht]) {
      const nu = updatesVan(SANNE, bericht).at(-1);
      expect(nu, bericht).toBeDefined();
      expect(nu).toContain("Toegekend op");
      expect(nu).toContain("door Mark Jansen");
      expect(nu).not.toContain("ligt bij");
      expect(nu).not.toContain("Antwoord aan Mark Jansen");
    }
    // And so does Mark's old card: read-only, without the buttons.
    const oudNa = updatesVan(MARK, eersteKaartMark).at(-1)!;
    expect(oudNa).toContain("Toegekend op");
    expect(oudNa).not.toContain("Toekennen");
  });

  it("remembers the card a submission came from once, also when the consulent submits from it again; the decider's new card is not updated at once", async () => {
    h = await startBotOpHttp();
    const sanne: Gebruiker = gebruiker(h, SANNE);
    const mark = gebruiker(h, MARK);
    await sanne.zeg("hallo");
    await mark.zeg("hallo");
    const onthouden = async () => {
      const [a] = await h.bot.store.aanvragen.lijst();
      return (await h.bot.store.uitgaand.vanAanvraag(a!.id)).filter((u) => u.persoonId === SANNE && u.activiteitId === "sanne-kaart");
    };

    await sanne.klik(await vulVolledigIn(sanne, regeling("almere-maatwerk"), "01AA"), "Indienen", {}, { bericht: "sanne-kaart" });
    expect(await onthouden()).toHaveLength(1);
    // Mark's card was made from the aanvraag as submitted: it is not sent again as an update straight after.
    expect(updatesVan(MARK, await activiteit(MARK, "beslissing"))).toEqual([]);

    // Sent back; Sanne resubmits, naming the same message.
    await mark.klik(beslisKaart(), "Terugsturen", { toelichting: "Klopt het aantal uren?" }, { bericht: await activiteit(MARK, "beslissing") });
    const aanpassen = await sanne.klik(kaartenAan(h, SANNE).at(-1)!, "Aanvraag aanpassen", {}, { bericht: await activiteit(SANNE, "teruggestuurd") });
    await sanne.klik(aanpassen, "Indienen", {}, { bericht: "sanne-kaart" });
    expect((await h.bot.store.aanvragen.lijst())[0]!.status.fase).toBe("ingediend");
    expect(await onthouden()).toHaveLength(1);
  });
});
