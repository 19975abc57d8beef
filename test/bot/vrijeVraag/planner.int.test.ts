import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { onbegrepenKaart } from "../../../bot/kaarten/help.js";
import { ONBEKEND_NUMMER } from "../../../bot/kaarten/status.js";
import { SYSTEEMTEKST } from "../../../bot/vrijeVraag/prompt.js";
import { ACTIES } from "../../../src/services/vragen/acties.js";
import { LINDA, MARK, NOOR, SANNE, demoConfig, regeling } from "../../support/demo.js";
import type { Gebruiker } from "../../support/gebruiker.js";
import { dienVolledigIn } from "../../support/indienen.js";
import { tekstVan, type KaartJson } from "../../support/kaart.js";
import { antwoordt, roep, scriptmodel, type Scriptmodel } from "../../support/scriptmodel.js";
import { startBotInProces, type BotInProces } from "../../support/testAdapter.js";
import { startBotOpHttp } from "../../support/bot.js";
import { gebruiker } from "../../support/gebruiker.js";

const MET_SLEUTEL = { OPENAI_API_KEY: "sk-test-niet-echt", OPENAI_MODEL: "gpt-4o-mini", VRAAG_TIJDSLIMIET_MS: "200" };
/** Free-form questions the deterministic parser does not recognise. */
const VRAAG = (nummer: string) => `kun je me vertellen wat er gebeurd is met ${nummer} van De Regenboog?`;
const VRIJ = "kun je me daar iets over vertellen?";
const ONBEGREPEN = "Dat begreep ik niet.";

let bot: BotInProces;
let model: Scriptmodel;
let nummer: string;
const wie = {} as Record<"SANNE" | "NOOR" | "MARK" | "LINDA", Gebruiker>;
const kaarten = async (g: Gebruiker, tekst: string): Promise<KaartJson[]> => (await g.zeg(tekst)).kaarten;
const tekst = async (g: Gebruiker, vraag: string) => (await kaarten(g, vraag)).map(tekstVan).join("\n");

beforeAll(async () => {
  model = scriptmodel();
  bot = await startBotInProces(undefined, MET_SLEUTEL, model);
  for (const [naam, id] of Object.entries({ SANNE, NOOR, MARK, LINDA })) {
    wie[naam as keyof typeof wie] = bot.gebruiker(id);
    await bot.gebruiker(id).zeg("hallo");
  }
  await dienVolledigIn(wie.SANNE, regeling("almere-maatwerk"), "01AA");
  nummer = (await bot.store.aanvragen.lijst())[0]!.nummer;
});
afterAll(async () => {
  await bot?.stop();
});

describe("free-form questions through the teams-ai planner, with a key configured", () => {
  it("given Sanne, who may see the aanvraag: a free-form question gets the same status card as 'status <nummer>', and the model saw only the system text and her question", async () => {
    model.speel(() => roep("status", { nummer }));
    const voor = model.aanroepen.length;
    const antwoord = await kaarten(wie.SANNE, VRAAG(nummer));
    expect(antwoord).toEqual(await kaarten(wie.SANNE, `status ${nummer}`));
    expect(tekstVan(antwoord[0]!)).toContain(`Aanvraag ${nummer}:`);
    expect(model.aanroepen.length).toBe(voor + 1);
    const { berichten, acties } = model.aanroepen.at(-1)!;
    expect(berichten.map((b) => [b.role, b.content])).toEqual([
      ["system", SYSTEEMTEKST],
      ["user", VRAAG(nummer)],
    ]);
    expect(acties.sort()).toEqual(Object.keys(ACTIES).sort());
  });

  it("given Noor, who may not see it: the same question gets the answer of a number that does not exist, as when she types it", async () => {
    model.speel(() => roep("status", { nummer }));
    const antwoord = await tekst(wie.NOOR, VRAAG(nummer));
    expect(antwoord).toContain(ONBEKEND_NUMMER);
    expect(antwoord).toBe(await tekst(wie.NOOR, `status ${nummer}`));
  });

  it("every action gives the card of the question it stands for, for the person asking", async () => {
    const paren: [keyof typeof wie, string, unknown, string][] = [
      ["SANNE", "mijn-aanvragen", {}, "mijn aanvragen"],
      ["MARK", "bij-mij", {}, "wat ligt er bij mij"],
      ["LINDA", "openstaand", { school: "De Regenboog" }, "openstaande aanvragen De Regenboog"],
      ["LINDA", "budget", {}, "budget"],
      ["LINDA", "rapportage", { schooljaar: "2026-2027" }, "rapportage 2026-2027"],
      ["SANNE", "rapportage", {}, "rapportage"],
      ["MARK", "geschiedenis", { nummer }, `geschiedenis ${nummer}`],
      ["NOOR", "geschiedenis", { nummer }, `geschiedenis ${nummer}`],
      ["SANNE", "volgend-gesprek", { nummer }, `wanneer is het volgende voortgangsgesprek van ${nummer}`],
      ["SANNE", "status", {}, "status"],
      ["NOOR", "help", {}, "help"],
    ];
    for (const [naam, actie, argumenten, getypt] of paren) {
      model.speel(() => roep(actie, argumenten));
      expect(await kaarten(wie[naam], VRIJ), `${naam}: ${actie}`).toEqual(await kaarten(wie[naam], getypt));
    }
  });

  it("a model that acts for someone else, names an unknown action, gives bad arguments, answers in text, fails or hangs: the examples card, and the log holds neither question nor answer", async () => {
    const geheim = "Jaylano Bakker";
    const vraag = `vertel me alles over ${geheim} op school, ${nummer}`;
    const scripts = [
      () => roep("status", { nummer, persoonId: SANNE }),
      () => roep("mijn-aanvragen", { consulentId: SANNE }),
      () => roep("verwijder-aanvraag", { nummer }),
      () => roep("status", { nummer: `${geheim} ${nummer}` }),
      () => roep("openstaand", {}),
      () => roep("rapportage", { schooljaar: "vorig jaar" }),
      () => roep("status", `{"nummer": "${nummer}"`),
      () => antwoordt(`Aanvraag ${nummer} van ${geheim} is toegekend.`),
      () => ({ status: "error" as const, error: new Error(`503 bij de vraag over ${geheim}`) }),
      () => {
        throw new Error(`kapot bij ${geheim}`);
      },
      () => new Promise<never>(() => undefined),
    ];
    const verwacht = tekstVan(onbegrepenKaart(demoConfig.swv.personen.find((p) => p.id === NOOR)!) as KaartJson);
    expect(verwacht).toContain(ONBEGREPEN);
    for (const [i, script] of scripts.entries()) {
      model.speel(script);
      const logVoor = bot.logregels.length;
      const { kaarten: k, teksten } = await wie.NOOR.zeg(vraag);
      expect(k.map(tekstVan).join("\n"), `script ${i}`).toBe(verwacht);
      expect(teksten, `script ${i}`).toEqual([]);
      const log = bot.logregels.slice(logVoor).join("\n");
      expect(log, `script ${i}`).toContain("Vrije vraag niet beantwoord");
      expect(log, `script ${i}`).not.toContain(geheim);
      expect(log, `script ${i}`).not.toContain(nummer);
    }
  });

  it("the phrases the parser knows never reach the model, even with a key", async () => {
    model.speel(() => roep("help"));
    const voor = model.aanroepen.length;
    for (const zin of [
      `status ${nummer}`,
      `hoe staat het eigenlijk met de aanvraag ${nummer} van De Regenboog?`,
      "mijn aanvragen",
      "wat ligt er bij mij",
      "openstaande aanvragen De Regenboog",
      "budget",
      "rapportage 2026-2027",
      `wanneer is het volgende voortgangsgesprek van ${nummer}`,
      `geschiedenis ${nummer}`,
      "help",
      "mijn concepten",
    ])
      await wie.SANNE.zeg(zin);
    expect(model.aanroepen.length).toBe(voor);
  });
});

describe("free-form questions without a key", () => {
  it("never call the model: the deterministic parser is the whole behaviour and the unknown question gets the examples card", async () => {
    const zonder = scriptmodel();
    zonder.speel(() => roep("status", { nummer: "MW-2026-0001" }));
    const b = await startBotInProces(undefined, {}, zonder);
    try {
      const sanne = b.gebruiker(SANNE);
      await sanne.zeg("hallo");
      expect(await tekst(sanne, VRAAG("MW-2026-0001"))).toContain(ONBEGREPEN);
      expect(await tekst(sanne, "mijn aanvragen")).toContain("Mijn aanvragen");
      expect(zonder.aanroepen).toEqual([]);
    } finally {
      await b.stop();
    }
  });
});

describe("free-form questions over HTTP, through the composition root", () => {
  it("given a key: the question the parser does not know reaches the model once and the answer card reaches the Teams connector", async () => {
    const m = scriptmodel();
    m.speel(() => roep("status", { nummer: "MW-2026-0999" }));
    const h = await startBotOpHttp(MET_SLEUTEL, undefined, { taalmodel: m });
    try {
      const sanne = gebruiker(h, SANNE);
      await sanne.zeg("hallo");
      expect((await sanne.zeg(VRAAG("MW-2026-0999"))).kaarten.map(tekstVan).join("\n")).toContain(ONBEKEND_NUMMER);
      expect(m.aanroepen.map((a) => a.berichten.at(-1)?.content)).toEqual([VRAAG("MW-2026-0999")]);
      expect(h.logregels.join("\n")).not.toContain("De Regenboog");
    } finally {
      await h.stop();
    }
  });
});
