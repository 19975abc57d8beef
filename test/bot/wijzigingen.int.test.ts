import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { startConnector } from "../support/connector.js";
import { ERICA, SANNE, regeling } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan, vulVolledigIn } from "../support/indienen.js";
import { foutenVan, tekstVan } from "../support/kaart.js";

let h: BotOpHttp | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe("a regeling changed between two starts", () => {
  it("is logged in one readable line per change; a draft that no longer fits is refused at submit naming the new rule; a granted aanvraag keeps its beschikking", async () => {
    const map = await mkdtemp(join(tmpdir(), "maatwerkbot-wijziging-"));
    const profielen = join(map, "regelingen");
    await cp("config/regelingen", profielen, { recursive: true });
    const omgeving = { DATA_DIR: join(map, "data"), PROFIELEN_DIR: profielen };
    const connector = await startConnector();
    const nu = () => new Date("2026-11-02T09:00:00Z");
    const individueel = regeling("verbinding-individueel");

    // Given: Sanne has one aanvraag granted (€ 5.000 asked, at most € 8.000) and one filled in, not yet submitted
    h = await startBotOpHttp(omgeving, nu, { connector });
    expect(h.logregels.join("\n")).toContain("Configuratie vastgelegd");
    await gebruiker(h, ERICA).zeg("hallo");
    const sanne = gebruiker(h, SANNE);
    await sanne.zeg("hallo");
    await dienVolledigIn(sanne, individueel, "04DD", { start: "2027-01-04" });
    const beslis = kaartenAan(h, ERICA).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!;
    await gebruiker(h, ERICA).klik(beslis, "Toekennen", { start: "2027-01-04", eind: "2027-03-31" });
    const samenvatting = await vulVolledigIn(sanne, individueel, "04DD", { start: "2027-01-04" });
    const [toegekend] = await h.bot.store.aanvragen.lijst({ fasen: ["toegekend"] });
    expect(toegekend?.status).toMatchObject({ fase: "toegekend", beschikking: { bedrag: 500000 } });
    await h.stop();

    // When the SWV lowers the maximum to € 2.000 and the bot starts again
    const bestand = join(profielen, "de-verbinding.json");
    const profiel = JSON.parse(await readFile(bestand, "utf8"));
    profiel.regelingen.find((r: { id: string }) => r.id === "verbinding-individueel").limieten.maxBedrag = 200000;
    await writeFile(bestand, JSON.stringify(profiel, null, 2));
    h = await startBotOpHttp(omgeving, nu, { connector });

    // Then the log says what changed, in one line
    const wijzigingen = h.logregels.map((r) => JSON.parse(r) as { bericht: string; soort?: string }).filter((r) => r.soort === "configuratie-gewijzigd");
    expect(wijzigingen.map((r) => r.bericht)).toEqual([expect.stringMatching(/^Configuratie gewijzigd: Individueel maatwerkbudget \(De Verbinding\): maximum verlaagd van €\s8\.000,00 naar €\s2\.000,00$/)]);
    // and the draft is refused at submit, naming the new maximum
    const geweigerd = await gebruiker(h, SANNE).klik(samenvatting, "Indienen");
    expect(foutenVan(geweigerd).join(" ")).toMatch(/hoger dan het maximum van deze regeling \(€\s2\.000,00\)/);
    expect((await h.bot.store.aanvragen.lijst({ fasen: ["ingediend"] }))).toEqual([]);
    // and the granted aanvraag keeps its beschikking
    expect((await h.bot.store.aanvragen.haal(toegekend!.id))?.status).toEqual(toegekend!.status);

    // A start without changes says so
    await h.stop();
    h = await startBotOpHttp(omgeving, nu, { connector });
    expect(h.logregels.join("\n")).toContain("Configuratie ongewijzigd sinds de vorige start");
    await h.stop();
    h = undefined;
    await connector.stop();
  });
});
