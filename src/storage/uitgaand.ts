import { HOOGSTENS_EENS, type Uitgaand, type Uitslag } from "./ports.js";

/** A claimed message after its sending: recorded, and its claim released. */
export function naUitslag(u: Uitgaand, uitslag: Uitslag): Uitgaand {
  const { geclaimdOp: _op, geclaimdDoor: _door, verzendingGestartOp: _gestart, ...vrij } = u;
  switch (uitslag.soort) {
    case "verzonden":
      return { ...vrij, verzondenOp: uitslag.op, pogingen: u.pogingen + 1, ...(uitslag.activiteitId ? { activiteitId: uitslag.activiteitId } : {}) };
    case "mislukt":
      return { ...vrij, pogingen: u.pogingen + 1, laatsteFout: uitslag.fout.slice(0, 500), volgendePogingOp: uitslag.volgendePogingOp };
    case "opgegeven":
      return { ...vrij, opgegevenOp: uitslag.op, laatsteFout: uitslag.reden.slice(0, 500) };
    case "uitgesteld":
      return { ...vrij, volgendePogingOp: uitslag.tot };
  }
}

/** What a claim does with a message whose earlier claim expired: a reminder already on its way is given up, anything else is sent (again). */
export function naVerlopenClaim(u: Uitgaand): "opgeven" | "claimen" {
  return u.verzendingGestartOp !== undefined && HOOGSTENS_EENS.has(u.soort) ? "opgeven" : "claimen";
}

/** A reminder given up because its sending was cut off. */
export function onderbroken(u: Uitgaand, op: string): Uitgaand {
  return { ...u, opgegevenOp: op, laatsteFout: "Verzending onderbroken: misschien al bezorgd, daarom niet opnieuw verstuurd." };
}
