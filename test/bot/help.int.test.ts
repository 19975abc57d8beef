import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker } from "../support/gebruiker.js";
import { tekstVan, type KaartJson } from "../support/kaart.js";
import { LINDA, MARK, SANNE } from "../support/demo.js";

let h: BotOpHttp;
beforeAll(async () => {
  h = await startBotOpHttp();
  for (const id of [SANNE, MARK, LINDA]) await gebruiker(h, id).zeg("hallo");
});
afterAll(async () => {
  await h?.stop();
});

const knoppen = (k: KaartJson) => ((k.actions as { title: string }[] | undefined) ?? []).map((a) => a.title);

describe("help lists every command of the person's roles, with buttons for the main actions", () => {
  it.each([
    [SANNE, ["nieuwe aanvraag", "mijn concepten", "verleng", "status MW-2026-0001", "geschiedenis MW-2026-0001", "budget"], ["Nieuwe aanvraag", "Mijn concepten", "Mijn aanvragen", "Budget"]],
    [MARK, ["vervanger", "geen vervanger", "wat ligt er bij mij", "status MW-2026-0001", "geschiedenis MW-2026-0001"], ["Wat ligt er bij mij", "Budget"]],
    [LINDA, ["rapportage", "rapportage 2026-2027", "geschiedenis MW-2026-0001", "budget", "openstaande aanvragen"], ["Rapportage", "Budget"]],
  ])("%s", async (id, commandos, titels) => {
    const kaart = (await gebruiker(h, id).zeg("help")).kaarten.at(-1)!;
    for (const c of commandos) expect(tekstVan(kaart), c).toContain(c);
    expect(knoppen(kaart)).toEqual(titels);
  });
});

describe("a greeting gets the person's welcome", () => {
  it.each(["hoi", "Hallo!", "goedemorgen", "Goedemiddag allemaal"])("%s", async (groet) => {
    const { kaarten } = await gebruiker(h, SANNE).zeg(groet);
    expect(kaarten).toHaveLength(1);
    expect(tekstVan(kaarten[0]!)).toContain("Sanne de Vries");
    expect(knoppen(kaarten[0]!)).toContain("Nieuwe aanvraag");
  });
});
