import { describe, expect, it } from "vitest";
import type { Aanvraag } from "../../src/domain/aanvraag.js";
import { isDomainError } from "../../src/domain/errors.js";
import { kenToe } from "../../src/domain/lifecycle.js";
import { voortgangService } from "../../src/services/voortgangService.js";
import type { Store } from "../../src/storage/ports.js";
import { BESLISSER, CONSULENT, NU, begroting, ingediend, regeling, toekenning } from "../domain/builders.js";
import { demoConfig } from "../support/demo.js";

const r = regeling("jaarplan-maatwerk");
/** Granted 4 January to 16 July 2027: gesprek 1 on Monday 5 April, the evaluation on the end date. */
const traject = kenToe(ingediend(r, { begroting: begroting(500000) }), r, toekenning({ bedrag: 500000, periode: { start: "2027-01-04", eind: "2027-07-16" }, schoolweken: 26 }), { door: BESLISSER }, NU);
const LATER = new Date("2027-07-19T10:00:00Z");

/** A text of exactly `n` UTF-16 code units, without whitespace at either end. */
const tekst = (n: number) => `${"Leerling werkt zelfstandiger. ".repeat(Math.ceil(n / 30)).slice(0, n - 1)}.`;

/** The service over a store that holds only `traject`, and what it was asked to save. */
function gegeven() {
  const bewaard: Aanvraag[] = [];
  const store = {
    aanvragen: {
      haal: async (id: string) => (id === traject.id ? traject : undefined),
      bewaar: async (a: Aanvraag) => void bewaard.push(a),
    },
  } as unknown as Store;
  return { service: voortgangService({ config: demoConfig, store, klok: () => LATER }), bewaard };
}

/** The code and parameters of the DomainError a promise rejects with. */
async function weigering(p: Promise<unknown>): Promise<{ code: string; params: unknown }> {
  const fout = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isDomainError(fout)) throw new Error(`geen DomainError: ${String(fout)}`);
  return { code: fout.code, params: fout.params };
}

const antwoorden = { "doelen-behaald": "ja", opbrengsten: "Leerling blijft op school.", "visie-school": "Positief.", "visie-ouders": "Tevreden.", "visie-consulent": "Doel bereikt.", vervolg: "Geen." };
const gesprek = { volgnummer: 1, gehoudenOp: "2027-04-05", deelnemers: "mentor, ouders", voortgang: "op-koers" as const, perDoel: [], notities: "", vervolgstappen: "" };

describe("the voortgang service refuses a free text over its limit or with a broken character, names the field, and saves nothing", () => {
  it("an evaluation answer: 4001 characters or a lone surrogate are refused; exactly 4000 is kept whole", async () => {
    const { service, bewaard } = gegeven();
    expect(await weigering(service.evalueer(CONSULENT, traject.id, { ...antwoorden, opbrengsten: tekst(4001) }))).toEqual({ code: "TEKST_TE_LANG", params: { veld: "opbrengsten", max: 4000, lengte: 4001 } });
    expect(await weigering(service.evalueer(CONSULENT, traject.id, { ...antwoorden, vervolg: "Nog een gesprek \uD83D" }))).toEqual({ code: "ONGELDIGE_TEKENS", params: { veld: "vervolg" } });
    expect(bewaard).toEqual([]);

    await service.evalueer(CONSULENT, traject.id, { ...antwoorden, opbrengsten: tekst(4000) });
    const [na] = bewaard;
    expect(na!.status.fase === "afgesloten" && na!.status.evaluatie.antwoorden.opbrengsten).toBe(tekst(4000));
  });

  it("a gesprek: notes over 4000 and participants over 500 are refused; exactly at the limits they are kept whole", async () => {
    const { service, bewaard } = gegeven();
    expect(await weigering(service.legVast(CONSULENT, traject.id, { ...gesprek, notities: tekst(4001) }))).toEqual({ code: "TEKST_TE_LANG", params: { veld: "notities", max: 4000, lengte: 4001 } });
    expect(await weigering(service.legVast(CONSULENT, traject.id, { ...gesprek, vervolgstappen: tekst(4001) }))).toEqual({ code: "TEKST_TE_LANG", params: { veld: "vervolgstappen", max: 4000, lengte: 4001 } });
    expect(await weigering(service.legVast(CONSULENT, traject.id, { ...gesprek, deelnemers: tekst(501) }))).toEqual({ code: "TEKST_TE_LANG", params: { veld: "deelnemers", max: 500, lengte: 501 } });
    expect(bewaard).toEqual([]);

    await service.legVast(CONSULENT, traject.id, { ...gesprek, deelnemers: tekst(500), notities: tekst(4000), vervolgstappen: tekst(4000) });
    expect(bewaard[0]!.voortgang.gesprekken[0]).toMatchObject({ deelnemers: tekst(500), notities: tekst(4000), vervolgstappen: tekst(4000) });
  });

  it("moving an appointment: a reason over 500 is refused; exactly 500 is kept whole", async () => {
    const { service, bewaard } = gegeven();
    const verzet = { soort: "voortgangsgesprek" as const, volgnummer: 1, nieuweDatum: "2027-04-19" };
    expect(await weigering(service.verzet(CONSULENT, traject.id, { ...verzet, reden: tekst(501) }))).toEqual({ code: "TEKST_TE_LANG", params: { veld: "reden", max: 500, lengte: 501 } });
    expect(bewaard).toEqual([]);
    await service.verzet(CONSULENT, traject.id, { ...verzet, reden: tekst(500) });
    expect(bewaard[0]!.voortgang.verzet[0]!.reden).toBe(tekst(500));
  });
});
