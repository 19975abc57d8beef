import { z } from "zod/v4";
import { leesNummer } from "../../domain/nummer.js";
import type { Vraag } from "./herken.js";

/** What a free-form question may lead to: a status question, the history of one aanvraag, or the help. */
export type Opdracht = Vraag | { soort: "geschiedenis"; nummer?: string } | { soort: "help" };

const Nummer = z
  .string()
  .regex(/^(MW|IN)[\s_-]*\d{4}[\s_-]*\d{1,6}$/i)
  .describe("Het nummer van de aanvraag zoals de gebruiker het noemde, bijvoorbeeld MW-2026-0001 of IN-2026-0003.");
const Schooljaar = z
  .string()
  .regex(/^20\d\d-20\d\d$/)
  .describe("Het schooljaar, bijvoorbeeld 2026-2027.");
const metNummer = z.strictObject({ nummer: Nummer.optional() });
const nummerVan = (a: { nummer?: string | undefined }) => {
  const nummer = a.nummer === undefined ? undefined : leesNummer(a.nummer);
  return nummer ? { nummer } : {};
};

interface Actie<S extends z.ZodType> {
  beschrijving: string;
  argumenten: S;
  naar: (a: z.infer<S>) => Opdracht;
}
const actie = <S extends z.ZodType>(beschrijving: string, argumenten: S, naar: (a: z.infer<S>) => Opdracht): Actie<S> => ({ beschrijving, argumenten, naar });

/**
 * The actions a language model may choose, one per kind of question the bot answers; their
 * arguments never name a person: the bot always acts for whoever sent the message.
 */
export const ACTIES = {
  status: actie("Hoe een aanvraag ervoor staat: fase, bij wie hij ligt, de volgende stap.", metNummer, (a) => ({ soort: "status", ...nummerVan(a) })),
  "volgend-gesprek": actie("Wanneer het volgende voortgangsgesprek (of de evaluatie) van een traject is.", metNummer, (a) => ({ soort: "volgend-gesprek", ...nummerVan(a) })),
  geschiedenis: actie("Het verloop van een aanvraag: wie wat deed en wanneer.", metNummer, (a) => ({ soort: "geschiedenis", ...nummerVan(a) })),
  "mijn-aanvragen": actie("De aanvragen van de gebruiker zelf.", z.strictObject({}), () => ({ soort: "mijn-aanvragen" })),
  "bij-mij": actie("De aanvragen die op een besluit van de gebruiker wachten.", z.strictObject({}), () => ({ soort: "bij-mij" })),
  openstaand: actie(
    "De openstaande aanvragen van een school: ingediend (wacht op een besluit) of teruggestuurd (wacht op de consulent).",
    z.strictObject({ school: z.string().trim().min(1).max(100).describe("(Een deel van) de naam van de school, of de BRIN.") }),
    (a) => ({ soort: "openstaand", school: a.school }),
  ),
  lopend: actie(
    "De lopende trajecten (toegekend of gestart) van een school.",
    z.strictObject({ school: z.string().trim().min(1).max(100).describe("(Een deel van) de naam van de school, of de BRIN.") }),
    (a) => ({ soort: "lopend", school: a.school }),
  ),
  budget: actie("Het budget per budgetpot in een schooljaar (zonder schooljaar het huidige): toegekend, in behandeling, resterend, leerlingen.", z.strictObject({ schooljaar: Schooljaar.optional() }), (a) => ({ soort: "budget", ...(a.schooljaar ? { schooljaar: a.schooljaar } : {}) })),
  rapportage: actie("De rapportage (monitoring) van een schooljaar; zonder schooljaar het huidige.", z.strictObject({ schooljaar: Schooljaar.optional() }), (a) => ({ soort: "rapportage", ...(a.schooljaar ? { schooljaar: a.schooljaar } : {}) })),
  help: actie("Wat de gebruiker hier kan typen of vragen.", z.strictObject({}), () => ({ soort: "help" })),
} as const;

/** The name of an action. */
export type Actienaam = keyof typeof ACTIES;

/** Why an action the model chose is not carried out (never anything the user typed). */
export type Afwijzing = { reden: "onbekende-actie" } | { reden: "ongeldige-argumenten"; actie: Actienaam; fouten: string[] };

/** Parse an action and its arguments as the model returned them; the question it stands for, or why not. */
export function leesActie(naam: string, argumenten: unknown): { opdracht: Opdracht } | Afwijzing {
  if (!Object.hasOwn(ACTIES, naam)) return { reden: "onbekende-actie" };
  const a = ACTIES[naam as Actienaam] as unknown as Actie<z.ZodType>;
  const parsed = a.argumenten.safeParse(argumenten);
  if (!parsed.success) return { reden: "ongeldige-argumenten", actie: naam as Actienaam, fouten: parsed.error.issues.map((i) => i.code) };
  return { opdracht: a.naar(parsed.data) };
}

/** Each action as a tool for the model: name, Dutch description, JSON Schema of its arguments (from the zod schema). */
export function actieDefinities(): { name: string; description: string; parameters: Record<string, unknown> }[] {
  return Object.entries(ACTIES).map(([name, a]) => {
    const parameters = z.toJSONSchema(a.argumenten) as Record<string, unknown>;
    delete parameters.$schema;
    return { name, description: a.beschrijving, parameters };
  });
}
