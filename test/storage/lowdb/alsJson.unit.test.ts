import { describe, expect, it } from "vitest";
import { alsJson, jsonDelen } from "../../../src/storage/lowdb/adapter.js";
import { bevries } from "../../../src/storage/lowdb/bevries.js";
import { leegBestand, type Bestand } from "../../../src/storage/lowdb/schema.js";
import { begroting, ingediend, regeling, toegekend } from "../../domain/builders.js";

const almere = regeling("almere-maatwerk");

/** A store file with some of everything, text outside ASCII and Latin-1 included. */
function bestand(): Bestand {
  const a = toegekend(almere, 300_000);
  const b = { ...ingediend(almere, { begroting: begroting(150_000) }), id: "6f2a2b9e-8c55-4d0e-9a51-0a3c3e7d2b12", nummer: "MW-2026-0002" };
  return {
    ...leegBestand(),
    aanvragen: { [a.id]: a, [b.id]: { ...b, antwoorden: { ...b.antwoorden, doelen: "Lezen – rekenen € 5 “goed” 😀\n\"quote\" \\ é" } } },
    tellers: { "demo/MW/2026": 2 },
    audit: [{ op: "2026-11-02T09:00:00.000Z", actor: "sanne", actie: "ingediend", uitkomst: "toegestaan", aanvraagId: a.id }],
    afdrukken: { regeling: { naam: "Maatwerk", weg: undefined, lijst: [1, "twee"] } },
  };
}

describe("the embedded store's file bytes", () => {
  it("are exactly JSON.stringify of the state, plain or frozen, and after a change that keeps most entries", () => {
    const los = bestand();
    expect(alsJson(los).toString("utf8")).toBe(JSON.stringify(los));

    const vast = bevries(bestand());
    expect(alsJson(vast).toString("utf8")).toBe(JSON.stringify(vast));
    // Twice: the second time from the cached entries.
    expect(alsJson(vast).toString("utf8")).toBe(JSON.stringify(vast));

    const [id, a] = Object.entries(vast.aanvragen)[0]!;
    const daarna = bevries({ ...vast, aanvragen: { ...vast.aanvragen, [id]: { ...a, versie: a.versie + 1 } }, audit: [...vast.audit, { ...vast.audit[0]!, actie: "bewerkt" }] });
    expect(alsJson(daarna).toString("utf8")).toBe(JSON.stringify(daarna));
    expect(JSON.parse(alsJson(daarna).toString("utf8"))).toEqual(JSON.parse(JSON.stringify(daarna)));
  });

  it("come as parts that join to the same bytes, each unchanged entry its cached buffer itself, not a copy", () => {
    const vast = bevries(bestand());
    const eerst = jsonDelen(vast);
    expect(Buffer.concat(eerst).toString("utf8")).toBe(JSON.stringify(vast));
    const [id, a] = Object.entries(vast.aanvragen)[0]!;
    const daarna = bevries({ ...vast, aanvragen: { ...vast.aanvragen, [id]: { ...a, versie: a.versie + 1 } } });
    const dan = jsonDelen(daarna);
    expect(Buffer.concat(dan).toString("utf8")).toBe(JSON.stringify(daarna));
    const tweede = Buffer.from(JSON.stringify(Object.values(vast.aanvragen)[1]));
    expect(eerst.filter((d) => d.equals(tweede))).toHaveLength(1);
    expect(dan.find((d) => d.equals(tweede))).toBe(eerst.find((d) => d.equals(tweede)));
  });

  it("of an empty store are those of JSON.stringify too", () => {
    expect(alsJson(leegBestand()).toString("utf8")).toBe(JSON.stringify(leegBestand()));
    expect(alsJson(bevries(leegBestand())).toString("utf8")).toBe(JSON.stringify(leegBestand()));
  });
});
