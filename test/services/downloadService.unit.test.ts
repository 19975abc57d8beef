import { describe, expect, it } from "vitest";
import { wijsAf } from "../../src/domain/lifecycle.js";
import { magBeschikkingZien } from "../../src/services/downloadService.js";
import { PERSOON, ingediend, regeling, toegekend } from "../domain/builders.js";
import { demoConfig } from "../support/demo.js";

const almere = regeling("almere-maatwerk");
const DATUM = "2026-11-10";

describe("who may download a beschikking (those who may see the aanvraag)", () => {
  it("staff, the consulent and the decider; not another consulent, a decider elsewhere, the bestuur contact or a stranger", () => {
    const a = toegekend(almere, 100000);
    const mag = (id: string) => magBeschikkingZien(demoConfig, [], a, id, DATUM);
    expect([PERSOON.linda, PERSOON.sanne, PERSOON.mark].map(mag)).toEqual([true, true, true]);
    expect([PERSOON.noor, PERSOON.fatima, PERSOON.ahmed, "onbekend"].map(mag)).toEqual([false, false, false, false]);
  });

  it("a vervanger who decided, the decider they stood in for, and that decider's vervanger on the day", () => {
    const a = toegekend(almere, 100000, { actor: { door: PERSOON.fatima, namens: PERSOON.mark } });
    const vervangingen = [{ voor: PERSOON.mark, door: PERSOON.peter, van: "2026-11-09", tot: "2026-11-13" }];
    const mag = (id: string, datum = DATUM) => magBeschikkingZien(demoConfig, vervangingen, a, id, datum);
    expect([PERSOON.fatima, PERSOON.mark, PERSOON.peter].map((id) => mag(id))).toEqual([true, true, true]);
    expect(mag(PERSOON.peter, "2026-11-16")).toBe(false);
  });

  it("the contactpersoon of the aanvraag's school; a refusal like a grant; an undecided aanvraag has none", () => {
    const vo = toegekend(almere, 100000);
    vo.schoolBrin = "04DD";
    expect(magBeschikkingZien(demoConfig, [], vo, PERSOON.joost, DATUM)).toBe(true);
    const afgewezen = wijsAf(ingediend(almere), { reden: "Geen half jaar ondersteuning." }, { door: PERSOON.mark }, new Date("2026-11-03T10:00:00Z"));
    expect(magBeschikkingZien(demoConfig, [], afgewezen, PERSOON.mark, DATUM)).toBe(true);
    expect(magBeschikkingZien(demoConfig, [], ingediend(almere), PERSOON.linda, DATUM)).toBe(false);
  });
});
