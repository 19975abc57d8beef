import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBotOpHttp, type BotOpHttp } from "../support/bot.js";
import { AHMED, ERICA, FATIMA, LINDA, MARK, NOOR, PETER, SANNE, VREEMDE, regeling } from "../support/demo.js";
import { gebruiker, type Gebruiker } from "../support/gebruiker.js";
import { dienVolledigIn, kaartenAan } from "../support/indienen.js";
import { vulStapIn } from "../support/invullen.js";
import { tekstVan, type KaartJson } from "../support/kaart.js";

/**
 * The authorization matrix: every card action a user can press, tried by every role,
 * with the card of its owner (ids in card data are never trusted). Only the owner of the
 * action may change anything; everyone else changes nothing and learns nothing of the
 * aanvraag (no pupil reference, no goals) from the answer.
 */
const JOOST = "66666666-6666-4666-8666-666666666666"; // contactpersoon of 04DD and 05EE
const IEDEREEN = { SANNE, NOOR, MARK, FATIMA, PETER, ERICA, LINDA, AHMED, JOOST, VREEMDE } as const;
type Naam = keyof typeof IEDEREEN;

let h: BotOpHttp;
let nu = new Date("2026-11-02T09:00:00Z");
const wie: Record<string, Gebruiker> = {};
const kaart: Record<string, KaartJson> = {};

beforeAll(async () => {
  h = await startBotOpHttp({}, () => nu);
  for (const [naam, id] of Object.entries(IEDEREEN)) {
    wie[naam] = gebruiker(h, id);
    await wie[naam]!.zeg("hallo");
  }
  const sanne = wie.SANNE!;
  // A draft of Sanne's: its first step card, and her list of drafts.
  const keuze = (await sanne.zeg("nieuwe aanvraag")).kaarten.at(-1)!;
  kaart.stap = await sanne.klik(keuze, "Beginnen", { regelingId: "almere-maatwerk", brin: "01AA" });
  kaart.stap = await sanne.klik(kaart.stap, "Volgende", vulStapIn(kaart.stap, regeling("almere-maatwerk")));
  kaart.concepten = (await sanne.zeg("mijn concepten")).kaarten.at(-1)!;
  kaart.keuze = (await sanne.zeg("nieuwe aanvraag")).kaarten.at(-1)!;
  kaart.bevestig = await sanne.klik(kaart.concepten, "Verwijderen");
  // A submitted aanvraag of 01AA (stadsdeel haven): Mark decides.
  await dienVolledigIn(sanne, regeling("jaarplan-maatwerk"), "01AA", { start: "2027-01-04" });
  kaart.beslissing = kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!;
  // A second one, granted and running, with its voortgang reminder for Sanne.
  await dienVolledigIn(sanne, regeling("jaarplan-maatwerk"), "01AA", { start: "2027-01-04" });
  await wie.MARK!.klik(kaartenAan(h, MARK).filter((k) => tekstVan(k).includes("Jouw besluit")).at(-1)!, "Toekennen", { start: "2027-01-04", eind: "2027-07-16" });
  nu = new Date("2027-03-29T10:00:00Z");
  await h.bot.veeg();
  kaart.voortgang = kaartenAan(h, SANNE).filter((k) => tekstVan(k).includes("Voortgangsgesprek 1 van")).at(-1)!;
});
afterAll(async () => {
  await h?.stop();
});

/** A fingerprint of everything stored about aanvragen: changes when anything changes. */
const stand = async () => JSON.stringify((await h.bot.store.aanvragen.lijst()).map((a) => [a.id, a.versie]));

interface Regel {
  actie: string;
  kaart: string;
  knop: string;
  invoer?: () => Record<string, string>;
  mag: Naam[];
  /** Brings the card up to date first (what the owner would have in front of them now). */
  vooraf?: () => Promise<void>;
  /** Who may see the aanvraag's content in the answer without acting (those involved). */
  zien?: Naam[];
}

const matrix: Regel[] = [
  { actie: "een stap van een concept bewaren", kaart: "stap", knop: "Opslaan als concept", mag: ["SANNE"] },
  { actie: "een aanvraag beginnen voor een school", kaart: "keuze", knop: "Beginnen", invoer: () => ({ regelingId: "almere-maatwerk", brin: "01AA" }), mag: ["SANNE"] },
  { actie: "een concept openen", kaart: "concepten", knop: "Verder", mag: ["SANNE"] },
  { actie: "een aanvraag toekennen", kaart: "beslissing", knop: "Toekennen", mag: ["MARK"], zien: ["SANNE"] },
  { actie: "een voortgangsgesprek vastleggen", kaart: "voortgang", knop: "Gesprek vastleggen", invoer: () => ({ "g.gehoudenOp": "2027-03-29", "g.deelnemers": "mentor", "g.voortgang": "op-koers" }), mag: ["SANNE"] },
  {
    actie: "een concept verwijderen (de bevestiging)",
    kaart: "bevestig",
    knop: "Ja, verwijderen",
    mag: ["SANNE"],
    vooraf: async () => {
      kaart.bevestig = await wie.SANNE!.klik((await wie.SANNE!.zeg("mijn concepten")).kaarten.at(-1)!, "Verwijderen");
    },
  },
];

describe("the authorization matrix: role by action by ownership", () => {
  for (const regel of matrix) {
    const anderen = (Object.keys(IEDEREEN) as Naam[]).filter((n) => !regel.mag.includes(n));
    it(`${regel.actie}: only ${regel.mag.join(", ")}; ${anderen.join(", ")} change nothing and see nothing`, async () => {
      await regel.vooraf?.();
      for (const naam of anderen) {
        const voor = await stand();
        const antwoord = tekstVan(await wie[naam]!.klik(kaart[regel.kaart]!, regel.knop, regel.invoer?.() ?? {}));
        expect(await stand(), `${naam}: ${antwoord}`).toBe(voor);
        if (!regel.zien?.includes(naam)) expect(antwoord, naam).not.toMatch(/LL-1\d{3}|Antwoord op|Inzet ambulant begeleider/);
      }
      for (const naam of regel.mag) {
        const voor = await stand();
        const antwoord = tekstVan(await wie[naam]!.klik(kaart[regel.kaart]!, regel.knop, regel.invoer?.() ?? {}));
        if (regel.knop !== "Verder") expect(await stand(), `${naam}: ${antwoord}`).not.toBe(voor);
        expect(antwoord).not.toMatch(/Geen toegang|bestaat niet of is niet voor jou zichtbaar/);
      }
    });
  }

  it("the history of an aanvraag: staff and those involved; other consulenten, other deciders, the bestuur contact and strangers get the answer of a number that does not exist", async () => {
    const nummer = (await h.bot.store.aanvragen.lijst()).find((a) => a.status.fase === "lopend")!.nummer;
    const antwoord = async (naam: Naam, n: string) => JSON.stringify(await wie[naam]!.zeg(`geschiedenis ${n}`));
    const bestaatNiet = (await antwoord("NOOR", "MW-2026-0999")).replace(/MW-2026-0999/g, "#");
    for (const naam of ["SANNE", "MARK", "LINDA"] as Naam[]) expect(await antwoord(naam, nummer), naam).toContain("kende de aanvraag toe");
    for (const naam of ["NOOR", "FATIMA", "PETER", "AHMED", "JOOST"] as Naam[]) expect((await antwoord(naam, nummer)).replace(new RegExp(nummer, "g"), "#"), naam).toBe(bestaatNiet);
  });
});
