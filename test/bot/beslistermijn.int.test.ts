import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { tekstVan } from "../support/kaart.js";
import { LINDA, MARK, SANNE, demoConfig } from "../support/demo.js";

let h: BotOpHttp;
afterEach(async () => {
  await h?.stop();
});

describe("lead-time norm (5 school days in the demo SWV)", () => {
  it("reminds the decider at the norm and tells staff at twice the norm, each once", async () => {
    let nu = new Date("2026-11-02T09:00:00Z");
    h = await startBotOpHttp({}, () => nu);
    for (const id of [SANNE, MARK, LINDA]) await gebruiker(h, id).zeg("hallo");
    await dienVolledigIn(gebruiker(h, SANNE), demoConfig.regelingen.find((r) => r.id === "almere-maatwerk")!, "01AA");
    const herinneringen = () => kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Herinnering"));
    const stafMeldingen = () => kaartenAan(h, LINDA).filter((k) => tekstVan(k).includes("wacht lang op een besluit"));

    nu = new Date("2026-11-06T16:00:00Z");
    await h.bot.veeg();
    expect(herinneringen()).toHaveLength(0);

    nu = new Date("2026-11-09T08:00:00Z");
    await h.bot.veeg();
    await h.bot.veeg();
    expect(herinneringen()).toHaveLength(1);
    expect(tekstVan(herinneringen()[0]!)).toContain("de norm is 5 schooldagen");
    expect(tekstVan(herinneringen()[0]!)).toContain("Jouw besluit");
    expect(stafMeldingen()).toHaveLength(0);

    nu = new Date("2026-11-16T08:00:00Z");
    await h.bot.veeg();
    await h.bot.veeg();
    expect(herinneringen()).toHaveLength(1);
    expect(stafMeldingen()).toHaveLength(1);
    expect(JSON.stringify(stafMeldingen()[0])).not.toContain("LL-1000");
  });
});
