import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import type { Budgetsom } from "../../../src/domain/budget.js";
import { DomainError } from "../../../src/domain/errors.js";
import { beantwoord, bewerk, kenToe, stuurTerug } from "../../../src/domain/lifecycle.js";
import type { Pot, Store, Uitgaand } from "../../../src/storage/ports.js";
import { begroting, ingediend, regeling, toegekend, toekenning } from "../../domain/builders.js";
import { nieuweConcept, zoals } from "../fixtures/aanvraag.js";
import { weigering } from "../../support/weigering.js";

const now = new Date("2026-11-02T09:00:00Z");
const almerePot: Pot = { swvId: "demo", regelingIds: ["almere-maatwerk"], schooljaar: "2026-2027" };

const regel = (aanvraagId: string, actie: string) => ({ op: now.toISOString(), actor: "tester", actie, uitkomst: "toegestaan" as const, aanvraagId });
const bericht = (aanvraagId: string): Uitgaand => ({ id: randomUUID(), persoonId: "mark", soort: "beslissing", aanvraagId, aangemaaktOp: now.toISOString(), pogingen: 0 });

/** Aanvragen, numbers and what is written with them, as every store must keep them. */
export function aanvragenContract(open: () => Promise<Store>): void {
  it("numbers aanvragen per SWV, prefix and year without gaps or doubles, also when 100 are made at once", async () => {
    const store = await open();
    const gemaakt = await Promise.all(Array.from({ length: 100 }, () => store.aanvragen.maak(nieuweConcept(now))));
    const nummers = gemaakt.map((a) => a.nummer).sort();
    expect(new Set(nummers).size).toBe(100);
    expect(nummers[0]).toBe("MW-2026-0001");
    expect(nummers[99]).toBe("MW-2026-0100");
    expect((await store.aanvragen.maak(nieuweConcept(now, { prefix: "IN" }))).nummer).toBe("IN-2026-0001");
    expect((await store.aanvragen.maak(nieuweConcept(now, { jaar: 2027 }))).nummer).toBe("MW-2027-0001");
    expect((await store.aanvragen.maak(nieuweConcept(now, { swvId: "ander-swv" }))).nummer).toBe("MW-2026-0001");
  });

  it("finds an aanvraag by id and by number within its SWV only", async () => {
    const store = await open();
    const a = await store.aanvragen.maak(nieuweConcept(now));
    expect((await store.aanvragen.haal(a.id))?.nummer).toBe("MW-2026-0001");
    expect((await store.aanvragen.haalOpNummer("demo", "MW-2026-0001"))?.id).toBe(a.id);
    expect(await store.aanvragen.haalOpNummer("ander-swv", "MW-2026-0001")).toBeUndefined();
    expect(await store.aanvragen.haal(randomUUID())).toBeUndefined();
  });

  it("refuses a save over a newer version and keeps the stored aanvraag as it was", async () => {
    const store = await open();
    const a = await store.aanvragen.maak(nieuweConcept(now));
    const eerste = bewerk(a, { antwoorden: { doelen: "eerste" } }, { door: a.consulentId }, now);
    const tweede = bewerk(a, { antwoorden: { doelen: "tweede" } }, { door: a.consulentId }, now);
    await store.aanvragen.bewaar(eerste, a.versie);
    expect((await weigering(store.aanvragen.bewaar(tweede, a.versie))).code).toBe("VERSIECONFLICT");
    expect((await store.aanvragen.haal(a.id))?.antwoorden).toEqual({ doelen: "eerste" });
  });

  it("of two saves of the same version at once, exactly one lands", async () => {
    const store = await open();
    const a = await store.aanvragen.maak(nieuweConcept(now));
    const pogingen = ["een", "twee", "drie", "vier"].map((t) => store.aanvragen.bewaar(bewerk(a, { antwoorden: { doelen: t } }, { door: a.consulentId }, now), a.versie));
    const uitkomsten = await Promise.allSettled(pogingen);
    expect(uitkomsten.filter((u) => u.status === "fulfilled")).toHaveLength(1);
    expect((await store.aanvragen.haal(a.id))?.versie).toBe(a.versie + 1);
  });

  it("keeps every round of question and answer after Terugsturen, with the content the question was about", async () => {
    const store = await open();
    const r = regeling("almere-maatwerk");
    const a = await store.aanvragen.maak({ swvId: "demo", prefix: "MW", jaar: 2026, bouw: (nummer) => ({ ...ingediend(r), nummer }) });
    const terug = stuurTerug(a, { vraag: "Waarom zoveel uren?" }, { door: "mark" }, now);
    await store.aanvragen.bewaar(terug, a.versie);
    const beantwoord_ = beantwoord(terug, { antwoord: "Twintig uur is genoeg." }, { door: a.consulentId }, now);
    await store.aanvragen.bewaar(beantwoord_, terug.versie);
    const opgeslagen = await store.aanvragen.haal(a.id);
    expect(opgeslagen?.dialoog).toEqual(beantwoord_.dialoog);
    expect(opgeslagen?.dialoog[0]).toMatchObject({ vraag: "Waarom zoveel uren?", antwoord: "Twintig uur is genoeg.", inhoud: { versie: a.versie, antwoorden: a.antwoorden } });
  });

  it("lists by filter, and a caller cannot change stored data without saving (a copy, or a frozen object that refuses)", async () => {
    const store = await open();
    const a = await store.aanvragen.maak(nieuweConcept(now));
    await store.aanvragen.maak(nieuweConcept(now, { swvId: "ander-swv" }));
    const lijst = await store.aanvragen.lijst({ swvId: "demo", fasen: ["concept"], regelingIds: ["almere-maatwerk"], schoolBrins: ["01AA"], consulentId: a.consulentId });
    expect(lijst.map((x) => x.id)).toEqual([a.id]);
    expect(await store.aanvragen.lijst({ swvId: "demo", fasen: ["ingediend"] })).toEqual([]);
    try {
      lijst[0]!.antwoorden["doelen"] = "stiekem";
    } catch (error) {
      expect(error).toBeInstanceOf(TypeError);
    }
    expect((await store.aanvragen.haal(a.id))?.antwoorden).toEqual({});
  });

  it("writes audit lines and messages in the same write as the change, and none of them when the check inside the write refuses", async () => {
    const store = await open();
    const a = await store.aanvragen.maak(nieuweConcept(now), { audit: [regel(randomUUID(), "aangemaakt")] });
    const b = bewerk(a, { antwoorden: { doelen: "x" } }, { door: a.consulentId }, now);
    const geweigerd = store.aanvragen.bewaar(b, a.versie, {
      audit: [regel(a.id, "bewerkt")],
      uitgaand: [bericht(a.id)],
      controle: { pot: almerePot, toets: () => { throw new DomainError("BUDGET_OVERSCHREDEN", { resterend: "€ 0,00" }); } },
    });
    expect((await weigering(geweigerd)).code).toBe("BUDGET_OVERSCHREDEN");
    expect((await store.aanvragen.haal(a.id))?.versie).toBe(a.versie);
    expect(await store.audit.lijst({ aanvraagId: a.id })).toEqual([]);
    expect(await store.uitgaand.vanAanvraag(a.id)).toEqual([]);

    await store.aanvragen.bewaar(b, a.versie, { audit: [regel(a.id, "bewerkt")], uitgaand: [bericht(a.id)] });
    expect((await store.audit.lijst({ aanvraagId: a.id })).map((r) => r.actie)).toEqual(["bewerkt"]);
    expect(await store.uitgaand.vanAanvraag(a.id)).toHaveLength(1);
  });

  it("sums a pot's budget per schooljaar: granted and pending of its regelingen in its SWV, nothing else", async () => {
    const store = await open();
    const almere = regeling("almere-maatwerk");
    const individueel = regeling("verbinding-individueel");
    await store.aanvragen.maak(zoals(toegekend(almere, 300_000)));
    await store.aanvragen.maak(zoals(toegekend(almere, 200_000)));
    const wacht = await store.aanvragen.maak(zoals(ingediend(almere, { begroting: begroting(150_000) })));
    await store.aanvragen.maak(zoals(ingediend(almere, { begroting: begroting(70_000), periode: { start: "2027-09-01", eind: "2027-11-30" } })));
    await store.aanvragen.maak(zoals(toegekend(almere, 900_000), "ander-swv"));
    await store.aanvragen.maak(zoals(toegekend(individueel, 400_000)));
    await store.aanvragen.maak(nieuweConcept(now));
    // By hand: granted 3,000 + 2,000; pending 1,500 (the 700 starts in 2027-2028); not the other SWV, regeling or the draft.
    expect(await store.aanvragen.budgetsom(almerePot)).toEqual({ toegekend: 500_000, inBehandeling: 150_000 });
    expect(await store.aanvragen.budgetsom({ ...almerePot, schooljaar: "2027-2028" })).toEqual({ toegekend: 0, inBehandeling: 70_000 });
    expect(await store.aanvragen.budgetsom({ ...almerePot, regelingIds: ["almere-maatwerk", "verbinding-individueel"] })).toEqual({ toegekend: 900_000, inBehandeling: 150_000 });

    // The sums follow each change: the pending one granted with less than asked.
    await store.aanvragen.bewaar(kenToe(wacht, almere, toekenning({ bedrag: 100_000 }), { door: "mark" }, now), wacht.versie);
    expect(await store.aanvragen.budgetsom(almerePot)).toEqual({ toegekend: 600_000, inBehandeling: 0 });
  });

  it("sums a pot's budget for some schools only, following a change of school", async () => {
    const store = await open();
    const almere = regeling("almere-maatwerk");
    await store.aanvragen.maak(zoals(toegekend(almere, 300_000)));
    await store.aanvragen.maak(zoals({ ...toegekend(almere, 200_000), schoolBrin: "02BB" }));
    const wacht = await store.aanvragen.maak(zoals({ ...ingediend(almere, { begroting: begroting(150_000) }), schoolBrin: "02BB" }));
    expect(await store.aanvragen.budgetsom({ ...almerePot, schoolBrins: ["01AA"] })).toEqual({ toegekend: 300_000, inBehandeling: 0 });
    expect(await store.aanvragen.budgetsom({ ...almerePot, schoolBrins: ["02BB"] })).toEqual({ toegekend: 200_000, inBehandeling: 150_000 });
    expect(await store.aanvragen.budgetsom({ ...almerePot, schoolBrins: ["01AA", "02BB"] })).toEqual(await store.aanvragen.budgetsom(almerePot));
    expect(await store.aanvragen.budgetsom({ ...almerePot, schoolBrins: [] })).toEqual({ toegekend: 0, inBehandeling: 0 });

    // The pending one moves to 01AA: its part moves with it.
    await store.aanvragen.bewaar({ ...wacht, schoolBrin: "01AA", versie: wacht.versie + 1 }, wacht.versie);
    expect(await store.aanvragen.budgetsom({ ...almerePot, schoolBrins: ["01AA"] })).toEqual({ toegekend: 300_000, inBehandeling: 150_000 });
    expect(await store.aanvragen.budgetsom({ ...almerePot, schoolBrins: ["02BB"] })).toEqual({ toegekend: 200_000, inBehandeling: 0 });
  });

  it("runs the budget check inside the write one pot at a time, so of two grants that each fit alone only one gets in", async () => {
    const store = await open();
    const almere = regeling("almere-maatwerk");
    const [a, b] = await Promise.all([1, 2].map(() => store.aanvragen.maak(zoals(ingediend(almere, { begroting: begroting(600_000) })))));
    // Room for 10,000 in the pot: each grant of 6,000 fits alone, the second must see the first.
    const ruimte = { pot: almerePot, toets: (som: Budgetsom) => { if (som.toegekend + 600_000 > 1_000_000) throw new DomainError("BUDGET_OVERSCHREDEN", { resterend: "€ 4.000,00" }); } };
    const uitkomsten = await Promise.allSettled([a!, b!].map((x) => store.aanvragen.bewaar(kenToe(x, almere, toekenning({ bedrag: 600_000 }), { door: "mark" }, now), x.versie, { controle: ruimte })));
    expect(uitkomsten.map((u) => u.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await store.aanvragen.budgetsom(almerePot)).toEqual({ toegekend: 600_000, inBehandeling: 600_000 });
  });

  it("removes a draft only at the version the caller saw", async () => {
    const store = await open();
    const a = await store.aanvragen.maak(nieuweConcept(now));
    expect((await weigering(store.aanvragen.verwijder(a.id, a.versie + 1))).code).toBe("VERSIECONFLICT");
    await store.aanvragen.verwijder(a.id, a.versie, { audit: [regel(a.id, "verwijderd")] });
    expect(await store.aanvragen.haal(a.id)).toBeUndefined();
    expect((await weigering(store.aanvragen.verwijder(a.id, a.versie))).code).toBe("AANVRAAG_NIET_GEVONDEN");
  });
}

/** Conversation references, the audit log and deputies, as every store must keep them. */
export function overigContract(open: () => Promise<Store>): void {
  it("keeps one conversation reference per person and says whether a stored one is new or changed", async () => {
    const store = await open();
    const v = { serviceUrl: "http://127.0.0.1:1/", channelId: "msteams", conversation: { id: "a:1" }, user: { id: "29:x" } };
    expect(await store.conversaties.bewaar("sanne", v)).toBe(true);
    expect(await store.conversaties.bewaar("sanne", v)).toBe(false);
    expect(await store.conversaties.bewaar("sanne", { ...v, serviceUrl: "http://127.0.0.1:2/" })).toBe(true);
    expect((await store.conversaties.haal("sanne"))?.serviceUrl).toBe("http://127.0.0.1:2/");
    expect(await store.conversaties.haal("mark")).toBeUndefined();
  });

  it("registers each delivery key once, also when the same one arrives twice at once", async () => {
    const store = await open();
    const uitkomsten = await Promise.all([store.ontvangen.nieuw("a:1|act-1", now.toISOString()), store.ontvangen.nieuw("a:1|act-1", now.toISOString())]);
    expect(uitkomsten.sort()).toEqual([false, true]);
    expect(await store.ontvangen.nieuw("a:1|act-2", now.toISOString())).toBe(true);
  });

  it("uses a download link once, only before it expires, and never one it does not know", async () => {
    const store = await open();
    const token = "t".repeat(43);
    await store.downloads.maak({ token, persoonId: "linda", soort: "rapportage" as const, schooljaar: "2026-2027", verlooptOp: "2026-11-02T09:10:00.000Z" });
    const [een, twee] = await Promise.all([store.downloads.gebruik(token, "2026-11-02T09:05:00.000Z"), store.downloads.gebruik(token, "2026-11-02T09:05:00.000Z")]);
    expect([een, twee].filter(Boolean)).toEqual([{ token, persoonId: "linda", soort: "rapportage" as const, schooljaar: "2026-2027", verlooptOp: "2026-11-02T09:10:00.000Z", gebruiktOp: "2026-11-02T09:05:00.000Z" }]);
    const laat = "u".repeat(43);
    await store.downloads.maak({ token: laat, persoonId: "linda", soort: "rapportage" as const, schooljaar: "2026-2027", verlooptOp: "2026-11-02T09:10:00.000Z" });
    expect(await store.downloads.gebruik(laat, "2026-11-02T09:10:00.000Z")).toBeUndefined();
    expect(await store.downloads.gebruik("v".repeat(43), "2026-11-02T09:00:00.000Z")).toBeUndefined();
  });

  it("keeps a report link's format: an .xlsx link comes back as .xlsx, a link without one as before", async () => {
    const store = await open();
    const excel = { token: "e".repeat(43), persoonId: "linda", soort: "rapportage" as const, schooljaar: "2026-2027", formaat: "xlsx" as const, verlooptOp: "2026-11-02T09:10:00.000Z" };
    const zonder = { token: "f".repeat(43), persoonId: "linda", soort: "rapportage" as const, schooljaar: "2026-2027", verlooptOp: "2026-11-02T09:10:00.000Z" };
    await store.downloads.maak(excel);
    await store.downloads.maak(zonder);
    expect(await store.downloads.haal(excel.token, "2026-11-02T09:05:00.000Z")).toEqual(excel);
    expect(await store.downloads.gebruik(excel.token, "2026-11-02T09:05:00.000Z", "linda")).toEqual({ ...excel, gebruiktOp: "2026-11-02T09:05:00.000Z" });
    expect(await store.downloads.haal(zonder.token, "2026-11-02T09:05:00.000Z")).toEqual(zonder);
  });

  it("a link bound to its owner: looking it up uses nothing, someone else cannot use it, its owner still can, once", async () => {
    const store = await open();
    const token = "w".repeat(43);
    const link = { token, persoonId: "linda", soort: "rapportage" as const, schooljaar: "2026-2027", verlooptOp: "2026-11-02T09:10:00.000Z" };
    await store.downloads.maak(link);
    expect(await store.downloads.haal(token, "2026-11-02T09:05:00.000Z")).toEqual(link);
    expect(await store.downloads.haal(token, "2026-11-02T09:10:00.000Z")).toBeUndefined();
    expect(await store.downloads.haal("x".repeat(43), "2026-11-02T09:05:00.000Z")).toBeUndefined();
    expect(await store.downloads.gebruik(token, "2026-11-02T09:05:00.000Z", "sanne")).toBeUndefined();
    expect(await store.downloads.haal(token, "2026-11-02T09:05:00.000Z")).toEqual(link);
    expect(await store.downloads.gebruik(token, "2026-11-02T09:06:00.000Z", "linda")).toEqual({ ...link, gebruiktOp: "2026-11-02T09:06:00.000Z" });
    expect(await store.downloads.haal(token, "2026-11-02T09:06:00.000Z")).toBeUndefined();
    expect(await store.downloads.gebruik(token, "2026-11-02T09:07:00.000Z", "linda")).toBeUndefined();
  });

  it("keeps what a link serves: a beschikking's link carries its aanvraag, used once by its owner", async () => {
    const store = await open();
    const token = "b".repeat(43);
    const link = { token, persoonId: "sanne", soort: "beschikking" as const, aanvraagId: randomUUID(), verlooptOp: "2026-11-02T09:10:00.000Z" };
    await store.downloads.maak(link);
    expect(await store.downloads.haal(token, "2026-11-02T09:05:00.000Z")).toEqual(link);
    expect(await store.downloads.gebruik(token, "2026-11-02T09:05:00.000Z", "sanne")).toEqual({ ...link, gebruiktOp: "2026-11-02T09:05:00.000Z" });
    expect(await store.downloads.gebruik(token, "2026-11-02T09:06:00.000Z", "sanne")).toBeUndefined();
  });

  it("lists the audit log in order, by aanvraag or by actor", async () => {
    const store = await open();
    const id = randomUUID();
    await store.audit.voegToe({ ...regel(id, "eerste"), actor: "a" });
    await store.audit.voegToe({ ...regel(id, "tweede"), actor: "b", uitkomst: "geweigerd", reden: "geen recht" });
    await store.audit.voegToe({ ...regel(randomUUID(), "elders"), actor: "a" });
    expect((await store.audit.lijst({ aanvraagId: id })).map((r) => r.actie)).toEqual(["eerste", "tweede"]);
    expect((await store.audit.lijst({ actor: "a" })).map((r) => r.actie)).toEqual(["eerste", "elders"]);
    expect((await store.audit.lijst()).length).toBe(3);
  });

  it("keeps one deputy per decider, replaced when set again, and ends it with an audit line", async () => {
    const store = await open();
    const v = { voor: "mark", door: "fatima", van: "2026-11-23", tot: "2026-12-04" };
    await store.vervangingen.zet(v, { ...regel(randomUUID(), "vervanger"), aanvraagId: undefined });
    await store.vervangingen.zet({ ...v, door: "peter" }, { ...regel(randomUUID(), "vervanger"), aanvraagId: undefined });
    expect(await store.vervangingen.lijst()).toEqual([{ ...v, door: "peter" }]);
    expect(await store.vervangingen.beeindig("mark", { ...regel(randomUUID(), "geen-vervanger"), aanvraagId: undefined })).toBe(true);
    expect(await store.vervangingen.beeindig("mark", { ...regel(randomUUID(), "geen-vervanger"), aanvraagId: undefined })).toBe(false);
    expect(await store.vervangingen.lijst()).toEqual([]);
    expect((await store.audit.lijst()).map((r) => r.actie)).toEqual(["vervanger", "vervanger", "geen-vervanger"]);
  });
}
