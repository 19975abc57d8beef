import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

type Element = Record<string, unknown>;

function* elementen(waarde: unknown): Generator<Element> {
  if (Array.isArray(waarde)) for (const w of waarde) yield* elementen(w);
  else if (waarde && typeof waarde === "object") {
    yield waarde as Element;
    for (const w of Object.values(waarde)) yield* elementen(w);
  }
}

const templates = readdirSync("cards").filter((f) => f.endsWith(".json"));

describe("every input on every card has a visible label, so a screen reader names each field", () => {
  it("walks every template in cards/", () => {
    expect(templates.length).toBeGreaterThanOrEqual(12);
  });

  it.each(templates)("%s", (bestand) => {
    const kaart = JSON.parse(readFileSync(`cards/${bestand}`, "utf8")) as unknown;
    const zonder = [...elementen(kaart)].filter((e) => typeof e.type === "string" && e.type.startsWith("Input.") && (typeof e.label !== "string" || e.label.trim() === ""));
    expect(zonder.map((e) => `${String(e.type)} ${String(e.id)}`)).toEqual([]);
  });
});
