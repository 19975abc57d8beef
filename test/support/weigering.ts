import { expect } from "vitest";
import { DomainError } from "../../src/domain/errors.js";

/** The coded error a promise is refused with; fails the test when it resolves or fails otherwise. */
export async function weigering(belofte: Promise<unknown>): Promise<DomainError> {
  const fout = await belofte.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(fout).toBeInstanceOf(DomainError);
  return fout as DomainError;
}
