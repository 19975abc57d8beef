import { laadConfiguratie } from "../../src/config/configuratie.js";
import { budgetafleiding } from "../../src/domain/budget.js";
import type { Regeling } from "../../src/domain/regeling.js";

/** The Entra object ids of the demo SWV's people (config/swv/demo.json). */
export const SANNE = "11111111-1111-4111-8111-111111111111"; // consulent of 01AA (PO haven), 02BB (PO poort), 04DD (VO)
export const MARK = "22222222-2222-4222-8222-222222222222"; // stadsdeelmanager haven
export const FATIMA = "33333333-3333-4333-8333-333333333333"; // stadsdeelmanager poort
export const PETER = "44444444-4444-4444-8444-444444444444"; // coördinator steunpunt
export const ERICA = "55555555-5555-4555-8555-555555555555"; // programmadirecteur
export const JOOST = "66666666-6666-4666-8666-666666666666"; // contactpersoon of 04DD, 05EE
export const LINDA = "77777777-7777-4777-8777-777777777777"; // staf
export const AHMED = "88888888-8888-4888-8888-888888888888"; // bestuur-contact
export const NOOR = "99999999-9999-4999-8999-999999999999"; // consulent of 03CC, 05EE
export const KARIN = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"; // swv-bestuur: the board of the samenwerkingsverband
export const VREEMDE = "00000000-0000-4000-8000-000000000000"; // not in the SWV

/** The demo configuration as the bot loads it. */
export const demoConfig = await laadConfiguratie("config/swv/demo.json", "config/regelingen");

/** A shipped regeling of the demo SWV by id. */
export function regeling(id: string): Regeling {
  const r = demoConfig.regelingen.find((x) => x.id === id);
  if (!r) throw new Error(`Geen regeling ${id}`);
  return r;
}

/** How an aanvraag of the demo's regelingen counts for the budget: what the bot hands its store. */
export const demoAfleiding = budgetafleiding(demoConfig.regelingen, demoConfig.swv.schoolvakanties);
