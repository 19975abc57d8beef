import type { Uitgaand, Uitslag } from "./ports.js";

/** A claimed message after its sending: recorded, and its claim released. */
export function naUitslag(u: Uitgaand, uitslag: Uitslag): Uitgaand {
  const { geclaimdOp: _op, geclaimdDoor: _door, ...vrij } = u;
  switch (uitslag.soort) {
    case "verzonden":
      return { ...vrij, verzondenOp: uitslag.op, pogingen: u.pogingen + 1, ...(uitslag.activiteitId ? { activiteitId: uitslag.activiteitId } : {}) };
    case "mislukt":
      return { ...vrij, pogingen: u.pogingen + 1, laatsteFout: uitslag.fout.slice(0, 500), volgendePogingOp: uitslag.volgendePogingOp };
    case "opgegeven":
      return { ...vrij, opgegevenOp: uitslag.op, laatsteFout: uitslag.reden.slice(0, 500) };
  }
}
