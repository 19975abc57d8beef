import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import type { Store, Uitgaand } from "../../../src/storage/ports.js";

const NU = "2027-03-29T07:00:00.000Z";
const later = (ms: number) => new Date(Date.parse(NU) + ms).toISOString();
const verwijzing = (p: string) => ({ serviceUrl: "http://127.0.0.1:9/", channelId: "msteams", conversation: { id: `a:${p}` } });

function bericht(persoonId: string, soort: Uitgaand["soort"], extra: Partial<Uitgaand> = {}): Uitgaand {
  return { id: randomUUID(), persoonId, soort, aanvraagId: randomUUID(), aangemaaktOp: NU, pogingen: 0, sleutel: randomUUID(), ...extra };
}

/**
 * The outbox as every store must keep it. `open` gives a fresh, empty store. Runs
 * unchanged against each implementation of the Store port.
 */
export function uitgaandContract(open: () => Promise<Store>): void {
  it("claims due messages for people it can reach, oldest first, up to the batch size, and never the same message twice", async () => {
    const store = await open();
    await store.conversaties.bewaar("sanne", verwijzing("sanne"));
    const [a, b, c] = [bericht("sanne", "beslissing", { aangemaaktOp: later(-3000) }), bericht("sanne", "voortgang", { aangemaaktOp: later(-2000) }), bericht("sanne", "beschikking", { aangemaaktOp: later(-1000) })];
    const onbereikbaar = bericht("mark", "beslissing", { aangemaaktOp: later(-5000) });
    await store.uitgaand.voegToeEenmalig([a!, b!, c!, onbereikbaar]);

    const eerste = await store.uitgaand.claim({ door: "i1", nu: NU, max: 2, leaseMs: 60_000 });
    expect(eerste.teVersturen.map((u) => u.id)).toEqual([a!.id, b!.id]);
    const tweede = await store.uitgaand.claim({ door: "i1", nu: NU, max: 10, leaseMs: 60_000 });
    expect(tweede.teVersturen.map((u) => u.id)).toEqual([c!.id]);
    expect((await store.uitgaand.claim({ door: "i1", nu: NU, max: 10, leaseMs: 60_000 })).teVersturen).toEqual([]);
  });

  it("stores each key once, however often the same reminder is offered", async () => {
    const store = await open();
    const een = bericht("sanne", "voortgang", { sleutel: "voortgang:x:1:week-vooraf:sanne" });
    expect(await store.uitgaand.voegToeEenmalig([een])).toHaveLength(1);
    expect(await store.uitgaand.voegToeEenmalig([{ ...een, id: randomUUID() }])).toEqual([]);
    expect(await store.uitgaand.openstaand()).toHaveLength(1);
  });

  it("records outcomes: a sent message is done, a failed one waits for its next attempt, a given-up one is no longer owed", async () => {
    const store = await open();
    await store.conversaties.bewaar("sanne", verwijzing("sanne"));
    const [v, m, o] = [bericht("sanne", "beslissing"), bericht("sanne", "beschikking"), bericht("sanne", "afwijzing")];
    await store.uitgaand.voegToeEenmalig([v!, m!, o!]);
    await store.uitgaand.claim({ door: "i1", nu: NU, max: 10, leaseMs: 60_000 });
    await store.uitgaand.verwerk([
      { id: v!.id, soort: "verzonden", op: NU, activiteitId: "act-1" },
      { id: m!.id, soort: "mislukt", fout: "502: Bad Gateway", volgendePogingOp: later(30_000) },
      { id: o!.id, soort: "opgegeven", op: NU, reden: "403: de bot is verwijderd" },
    ]);
    expect((await store.uitgaand.openstaand()).map((u) => u.id)).toEqual([m!.id]);
    const [mislukt] = await store.uitgaand.openstaand();
    expect(mislukt).toMatchObject({ pogingen: 1, laatsteFout: "502: Bad Gateway", volgendePogingOp: later(30_000) });
    expect(mislukt!.geclaimdOp).toBeUndefined();
    expect((await store.uitgaand.vanAanvraag(v!.aanvraagId))[0]).toMatchObject({ verzondenOp: NU, activiteitId: "act-1" });

    expect((await store.uitgaand.claim({ door: "i1", nu: later(29_000), max: 10, leaseMs: 60_000 })).teVersturen).toEqual([]);
    expect((await store.uitgaand.claim({ door: "i1", nu: later(30_000), max: 10, leaseMs: 60_000 })).teVersturen.map((u) => u.id)).toEqual([m!.id]);
  });

  it("releases a message put off for Teams' Retry-After until then, without counting it as an attempt; no sender takes it before", async () => {
    const store = await open();
    await store.conversaties.bewaar("sanne", verwijzing("sanne"));
    const u = bericht("sanne", "voortgang", { pogingen: 1 });
    await store.uitgaand.voegToeEenmalig([u]);
    await store.uitgaand.claim({ door: "i1", nu: NU, max: 10, leaseMs: 60_000 });
    await store.uitgaand.verwerk([{ id: u.id, soort: "uitgesteld", tot: later(7_200_000) }]);
    const [uitgesteld] = await store.uitgaand.openstaand();
    expect(uitgesteld).toMatchObject({ pogingen: 1, volgendePogingOp: later(7_200_000) });
    expect(uitgesteld!.geclaimdOp).toBeUndefined();
    // Not by another instance once the first one's lease would have run out, only after the pause.
    expect((await store.uitgaand.claim({ door: "i2", nu: later(3_600_000), max: 10, leaseMs: 60_000 })).teVersturen).toEqual([]);
    expect((await store.uitgaand.claim({ door: "i2", nu: later(7_200_000), max: 10, leaseMs: 60_000 })).teVersturen.map((x) => x.id)).toEqual([u.id]);
  });

  it("after a sender died: a reminder it had started sending is given up, one it had not started is sent, a decision card is sent again", async () => {
    const store = await open();
    await store.conversaties.bewaar("sanne", verwijzing("sanne"));
    const kaart = bericht("sanne", "beslissing", { aangemaaktOp: later(-3000) });
    const onderweg = bericht("sanne", "voortgang", { aangemaaktOp: later(-2000) });
    const nogNiet = bericht("sanne", "voortgang", { aangemaaktOp: later(-1000) });
    await store.uitgaand.voegToeEenmalig([kaart, onderweg, nogNiet]);
    await store.uitgaand.claim({ door: "gestorven", nu: NU, max: 10, leaseMs: 60_000 });
    await store.uitgaand.markeerGestart(kaart.id, NU);
    await store.uitgaand.markeerGestart(onderweg.id, NU);

    const overgenomen = await store.uitgaand.claim({ door: "i2", nu: later(61_000), max: 10, leaseMs: 60_000 });
    expect(overgenomen.teVersturen.map((u) => u.id)).toEqual([kaart.id, nogNiet.id]);
    expect(overgenomen.teVersturen.every((u) => u.verzendingGestartOp === undefined && u.geclaimdDoor === "i2")).toBe(true);
    expect(overgenomen.onderbroken.map((u) => u.id)).toEqual([onderweg.id]);
    const [opgegeven] = await store.uitgaand.vanAanvraag(onderweg.aanvraagId);
    expect(opgegeven!.opgegevenOp).toBeDefined();
    expect(opgegeven!.verzondenOp).toBeUndefined();
    expect((await store.uitgaand.openstaand()).map((u) => u.id)).not.toContain(onderweg.id);
  });

  it("claims only one person's messages when asked, as at their first contact", async () => {
    const store = await open();
    await store.conversaties.bewaar("sanne", verwijzing("sanne"));
    await store.conversaties.bewaar("mark", verwijzing("mark"));
    const voorMark = bericht("mark", "beslissing");
    await store.uitgaand.voegToeEenmalig([bericht("sanne", "beschikking"), voorMark]);
    const c = await store.uitgaand.claim({ door: "i1", nu: NU, max: 10, leaseMs: 60_000, persoonId: "mark" });
    expect(c.teVersturen.map((u) => u.id)).toEqual([voorMark.id]);
  });
}
