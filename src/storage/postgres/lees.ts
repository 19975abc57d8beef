import type { z } from "zod/v4";
import { OpslagFout } from "../fouten.js";

/** Parses what goes into or comes out of the database with its schema; a coded DATABASE_ONGELDIG instead of a ZodError when it does not fit. */
export function lees<S extends z.ZodType>(schema: S, data: unknown, wat: string): z.output<S> {
  const r = schema.safeParse(data);
  if (!r.success) throw new OpslagFout("DATABASE_ONGELDIG", { wat, details: r.error.issues.map((i) => `${i.path.join(".") || "(geheel)"}: ${i.message}`).join("\n") });
  return r.data;
}
