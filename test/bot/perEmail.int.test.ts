import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startBot } from "../../bot/start.js";
import { leesOmgeving } from "../../src/config/omgeving.js";
import { fouttekst, isDomainError } from "../../src/domain/errors.js";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { startConnector } from "../support/connector.js";
import { FATIMA, PETER, regeling } from "../support/demo.js";
import { gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { tekstVan } from "../support/kaart.js";

/** Eva Mulder is in the demo SWV by e-mail only ("Eva.Mulder@example.org"), consulent of 03CC (PO poort) and 05EE (VO). */
const EVA = "e0e0e0e0-0000-4000-8000-00000000e7a0";
const EVA_SLEUTEL = "eva.mulder@example.org";
const ONBEKEND = "0b0b0b0b-0000-4000-8000-000000000b0b";

let h: BotOpHttp | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe("a person configured by e-mail only", () => {
  it("is recognised at first contact through the member lookup, bound once (audited), and works as anyone configured by object id", async () => {
    h = await startBotOpHttp({}, () => new Date("2026-11-02T09:00:00Z"));
    // Teams answers with the address in another case, and the user principal name.
    h.connector.leden.set(EVA, { aadObjectId: EVA, email: "EVA.Mulder@Example.org", userPrincipalName: "eva.mulder@example.org", name: "Eva Mulder" });
    const eva = gebruiker(h, EVA);

    const welkom = await eva.zeg("hallo");
    expect(welkom.kaarten.map(tekstVan).join(" ")).toContain("Eva Mulder");
    expect(h.connector.opgevraagd).toEqual([`29:${EVA}`]);
    expect(await h.bot.store.koppelingen.haal(EVA)).toMatchObject({ objectId: EVA, adres: EVA_SLEUTEL });
    const audit = (await h.bot.store.audit.lijst({ actor: EVA })).filter((r) => r.actie === "persoon-gekoppeld");
    expect(audit).toHaveLength(1);
    expect(audit[0]!.op).toBe("2026-11-02T09:00:00.000Z");
    expect(audit[0]!.reden).toContain(EVA_SLEUTEL);

    // She submits for a PO school in stadsdeel poort: Fatima decides, as for any consulent.
    await gebruiker(h, FATIMA).zeg("hallo");
    await gebruiker(h, PETER).zeg("hallo");
    await dienVolledigIn(eva, regeling("almere-maatwerk"), "03CC", { start: "2027-01-04" });
    const [aanvraag] = await h.bot.store.aanvragen.lijst({ consulentId: EVA_SLEUTEL });
    expect(aanvraag?.status).toMatchObject({ fase: "ingediend", beslisserId: FATIMA });
    const beslis = kaartenAan(h, FATIMA).filter((k) => tekstVan(k).includes("Jouw besluit"));
    expect(beslis).toHaveLength(1);
    expect(tekstVan(beslis[0]!)).toContain(aanvraag!.nummer);
    expect(kaartenAan(h, PETER).filter((k) => tekstVan(k).includes(aanvraag!.nummer))).toEqual([]);
    // She sees her own aanvraag, and what happened to it.
    const geschiedenis = await eva.zeg(`geschiedenis ${aanvraag!.nummer}`);
    expect(geschiedenis.kaarten.map(tekstVan).join(" ")).toContain(aanvraag!.nummer);
    expect(geschiedenis.kaarten.map(tekstVan).join(" ")).toContain("Eva Mulder diende de aanvraag in.");

    // All of that took one member lookup.
    expect(h.connector.opgevraagd).toHaveLength(1);
  });

  it("is looked up once across many messages and a restart, and bound again when their address changes", async () => {
    const connector = await startConnector();
    connector.leden.set(EVA, { aadObjectId: EVA, email: "eva.mulder@example.org" });
    const dataDir = await mkdtemp(join(tmpdir(), "maatwerkbot-email-"));
    h = await startBotOpHttp({ DATA_DIR: dataDir }, undefined, { connector });
    const eva = () => gebruiker(h!, EVA);
    await Promise.all([eva().zeg("hallo"), eva().zeg("help")]);
    for (const tekst of ["help", "mijn concepten", "nieuwe aanvraag"]) await eva().zeg(tekst);
    expect(connector.opgevraagd).toHaveLength(1);
    await h.stop();

    h = await startBotOpHttp({ DATA_DIR: dataDir }, undefined, { connector });
    const na = await eva().zeg("mijn concepten");
    expect(na.teksten.join(" ")).not.toContain("Je staat niet in de configuratie");
    expect(connector.opgevraagd).toHaveLength(1);
    await h.stop();

    // The office changes her address; Teams knows the new one.
    const demo = JSON.parse(await readFile("config/swv/demo.json", "utf8"));
    demo.personen.find((p: { naam: string }) => p.naam === "Eva Mulder").email = "e.mulder@example.org";
    const bestand = join(dataDir, "swv.json");
    await writeFile(bestand, JSON.stringify(demo));
    await cp("config/swv/demo-logo.png", join(dataDir, "demo-logo.png"));
    connector.leden.set(EVA, { aadObjectId: EVA, email: "E.Mulder@example.org" });
    h = await startBotOpHttp({ DATA_DIR: dataDir, SWV_CONFIG: bestand }, undefined, { connector });
    const opnieuw = await eva().zeg("help");
    expect(opnieuw.kaarten.length).toBeGreaterThan(0);
    expect(opnieuw.teksten.join(" ")).not.toContain("Je staat niet in de configuratie");
    expect(connector.opgevraagd).toHaveLength(2);
    expect(await h.bot.store.koppelingen.haal(EVA)).toMatchObject({ adres: "e.mulder@example.org" });
    await h.stop();
    h = undefined;
    await connector.stop();
  });

  it("an address the configuration does not have stays a stranger, and nothing is stored", async () => {
    h = await startBotOpHttp();
    h.connector.leden.set(ONBEKEND, { aadObjectId: ONBEKEND, email: "iemand.anders@example.org", userPrincipalName: "iemand.anders@example.org" });
    const wie = gebruiker(h, ONBEKEND);
    const antwoord = await wie.zeg("hallo");
    expect(antwoord.teksten.join(" ")).toContain("Je staat niet in de configuratie");
    expect(antwoord.kaarten).toEqual([]);
    await wie.zeg("nieuwe aanvraag");
    expect(h.connector.opgevraagd).toEqual([`29:${ONBEKEND}`]);
    expect(await h.bot.store.koppelingen.lijst()).toEqual([]);
    expect(await h.bot.store.conversaties.haal(ONBEKEND)).toBeUndefined();
    expect((await h.bot.store.audit.lijst()).filter((r) => r.actie === "persoon-gekoppeld")).toEqual([]);
  });

  it("someone not in the conversation (404 from the connector) is a stranger", async () => {
    h = await startBotOpHttp();
    const antwoord = await gebruiker(h, ONBEKEND).zeg("hallo");
    expect(antwoord.teksten.join(" ")).toContain("Je staat niet in de configuratie");
    expect(await h.bot.store.koppelingen.lijst()).toEqual([]);
  });

  it("an address configured for someone with an object id does not bind another account", async () => {
    h = await startBotOpHttp();
    h.connector.leden.set(ONBEKEND, { aadObjectId: ONBEKEND, email: "sanne.devries@example.org" });
    const antwoord = await gebruiker(h, ONBEKEND).zeg("hallo");
    expect(antwoord.teksten.join(" ")).toContain("Je staat niet in de configuratie");
    expect(await h.bot.store.koppelingen.lijst()).toEqual([]);
  });

  it("two entries with one address are refused at start, naming both", async () => {
    const demo = JSON.parse(await readFile("config/swv/demo.json", "utf8"));
    demo.personen.push({ naam: "Eva de Tweede", email: "EVA.MULDER@example.org", rollen: [{ rol: "staf" }] });
    const dir = await mkdtemp(join(tmpdir(), "maatwerkbot-email-"));
    const bestand = join(dir, "swv.json");
    await writeFile(bestand, JSON.stringify(demo));
    const fout = await startBot(leesOmgeving({ PORT: "0", DATA_DIR: join(dir, "data"), SWV_CONFIG: bestand })).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!isDomainError(fout, "CONFIG_ONGELDIG")) throw fout;
    expect(fouttekst(fout)).toContain(`personen[${demo.personen.length - 1}].email`);
    expect(fouttekst(fout)).toContain("Eva Mulder");
  });
});
