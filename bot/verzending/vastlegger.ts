import type { BezorgingService, Uitslag } from "../../src/services/bezorging.js";

/**
 * Records outcomes of sends as they come in, many per write: while one write runs, the
 * next outcomes gather and go in the following one (group commit). `klaar` resolves
 * when everything handed in is stored, and rejects when a write failed.
 */
export function maakVastlegger(uitgaand: Pick<BezorgingService, "verwerk">) {
  let wachtend: Uitslag[] = [];
  let bezig: Promise<void> = Promise.resolve();
  let fout: unknown;
  const schrijf = async () => {
    while (wachtend.length > 0) {
      const nu = wachtend;
      wachtend = [];
      try {
        await uitgaand.verwerk(nu);
      } catch (error) {
        fout ??= error;
      }
    }
  };
  return {
    leg(uitslag: Uitslag): void {
      const leeg = wachtend.length === 0;
      wachtend.push(uitslag);
      if (leeg) bezig = bezig.then(schrijf);
    },
    async klaar(): Promise<void> {
      await bezig;
      if (fout !== undefined) throw fout;
    },
  };
}
