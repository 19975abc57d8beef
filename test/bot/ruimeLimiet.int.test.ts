import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Regeling } from "../../src/domain/regeling.js";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { SANNE } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { vulStapIn } from "../support/invullen.js";
import { foutenVan, invoerVan, type KaartJson } from "../support/kaart.js";

let h: BotOpHttp | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** A text of exactly `n` characters, without whitespace at either end. */
const tekst = (n: number) => `${"De leerling heeft behoefte aan rust en structuur. ".repeat(Math.ceil(n / 50)).slice(0, n - 1)}.`;

describe("a regeling that allows a long text beyond 10,000 characters (each SWV configures its own)", () => {
  it("stores a text of exactly that limit whole, and refuses one character more at the field with the limit", async () => {
    // Given: the Almere profile with 'onderwijsbehoeften' allowing 12,000 characters
    const map = await mkdtemp(join(tmpdir(), "maatwerkbot-ruim-"));
    const profielen = join(map, "regelingen");
    await cp("config/regelingen", profielen, { recursive: true });
    const bestand = join(profielen, "almere.json");
    const profiel = JSON.parse(await readFile(bestand, "utf8")) as { regelingen: Regeling[] };
    const almere = profiel.regelingen.find((r) => r.id === "almere-maatwerk")!;
    const veld = almere.criteria.find((c) => c.id === "onderwijsbehoeften")!;
    Object.assign(veld, { maxLengte: 12_000 });
    await writeFile(bestand, JSON.stringify(profiel, null, 2));
    h = await startBotOpHttp({ DATA_DIR: join(map, "data"), PROFIELEN_DIR: profielen });
    const sanne = gebruiker(h, SANNE);
    await sanne.zeg("hallo");
    let kaart: KaartJson = await sanne.klik((await sanne.zeg("nieuwe aanvraag")).kaarten.at(-1)!, "Beginnen", { regelingId: almere.id, brin: "01AA" });
    for (let i = 0; i < 12 && !("v.onderwijsbehoeften" in invoerVan(kaart)); i++) kaart = await sanne.klik(kaart, "Volgende", vulStapIn(kaart, almere));
    const geldig = vulStapIn(kaart, almere);
    const opgeslagen = async () => (await h!.bot.store.aanvragen.lijst())[0]!.antwoorden.onderwijsbehoeften;

    // When she saves exactly 12,000 characters, then it is stored whole
    const precies = await sanne.klik(kaart, "Opslaan als concept", { ...geldig, "v.onderwijsbehoeften": tekst(12_000) });
    expect(foutenVan(precies)).toEqual([]);
    expect(await opgeslagen()).toBe(tekst(12_000));

    // When she saves one more, then it is refused at the field with both lengths, and the stored text stays
    const teLang = await sanne.klik(precies, "Opslaan als concept", { ...geldig, "v.onderwijsbehoeften": tekst(12_001) });
    expect(foutenVan(teLang)).toContain("Deze tekst heeft 12.001 tekens; hier passen er hoogstens 12.000. Er is niets ingekort en niets bewaard: maak de tekst korter.");
    expect(invoerVan(teLang)["v.onderwijsbehoeften"]).toBe(tekst(12_001));
    expect(await opgeslagen()).toBe(tekst(12_000));
  });
});
