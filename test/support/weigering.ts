import { expect } from "vitest";
import { DomainError } from "../../src/domain/errors.js";
import { OpslagFout } from "../../src/storage/fouten.js";

/** The coded error (of the domain or of the storage layer) a promise is refused with; fails the test when it resolves or fails otherwise. */
export async function weigering(belofte: Promise<unknown>): Promise<DomainError | OpslagFout> {
  const fout = await belofte.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(fout instanceof DomainError || fout instanceof OpslagFout, String(fout)).toBe(true);
  return fout as DomainError | OpslagFout;
}
