/**
 * The storage layer's coded errors: a data file or database the bot cannot (or may not) use.
 * Kept apart from the domain's catalogue; each code has one Dutch sentence for the operator.
 */
export const opslagFoutcatalogus = {
  OPSLAG_CORRUPT: (p: { bestand: string; details: string }) =>
    `Het gegevensbestand ${p.bestand} is beschadigd of onleesbaar; de bot start niet en laat het bestand ongemoeid.\n${p.details}`,
  OPSLAG_NIEUWERE_VERSIE: (p: { bestand: string; versie: number; ondersteund: number }) =>
    `Het gegevensbestand ${p.bestand} heeft schemaversie ${p.versie}, deze versie van de bot kent tot en met ${p.ondersteund}. Werk de bot bij; het bestand blijft ongemoeid.`,
  OPSLAG_VERSLEUTELD: (p: { bestand: string }) =>
    `Het gegevensbestand ${p.bestand} is versleuteld; zet OPSLAG_SLEUTEL om het te openen. Het bestand blijft ongemoeid.`,
  OPSLAG_SLEUTEL_ONJUIST: (p: { bestand: string }) =>
    `Het gegevensbestand ${p.bestand} gaat niet open met deze OPSLAG_SLEUTEL (verkeerde sleutel of beschadigd bestand). Het bestand blijft ongemoeid.`,
  OPSLAG_ONVERSLEUTELD_BESTAND: (p: { bestand: string }) =>
    `Het gegevensbestand ${p.bestand} is niet versleuteld, terwijl OPSLAG_SLEUTEL is gezet. De bot start niet en laat het bestand ongemoeid: een onversleuteld bestand op die plek kan er door een ander zijn neergezet. Is dit je eigen bestand van vóór de versleuteling, start dan één keer met OPSLAG_VERSLEUTELEN=ja.`,
  OPSLAG_NIET_BEWAARD: () =>
    "De bot kon dit niet bewaren: de opslag is vol of niet bereikbaar. Er is niets gewijzigd; probeer het later opnieuw. De beheerder ziet de fout in het logboek.",
  OPSLAG_VORIGE_BESCHIKBAAR: (p: { bestand: string; vorige: string; details: string }) =>
    `LET OP: het gegevensbestand ${p.bestand} ontbreekt of is onleesbaar, maar de vorige generatie ${p.vorige} is in orde. De bot start niet vanzelf met de vorige generatie: daarin ontbreekt de laatste bevestigde wijziging. Zet OPSLAG_HERSTEL=vorige om ermee te starten; het onleesbare bestand blijft dan bewaard als .beschadigd-<tijd>. Zie de README, "De ingebouwde opslag".\n${p.details}`,
  OPSLAG_BEZET: (p: { bestand: string }) =>
    `Het gegevensbestand ${p.bestand} is in gebruik door een ander proces. Er kan maar één bot tegelijk op deze map draaien.`,
  DATABASE_ONBEREIKBAAR: (p: { adres: string; details: string }) =>
    `De database ${p.adres} is niet bereikbaar of weigert de inloggegevens; de bot start niet.\n${p.details}`,
  DATABASE_NIEUWERE_VERSIE: (p: { versie: number; ondersteund: number }) =>
    `De database heeft schemaversie ${p.versie}, deze versie van de bot kent tot en met ${p.ondersteund}. Werk de bot bij; de database blijft ongemoeid.`,
  DATABASE_ONGELDIG: (p: { wat: string; details: string }) =>
    `Een ${p.wat} in de database past niet in het schema van deze versie van de bot; er is niets gewijzigd.\n${p.details}`,
} as const;

/** A code of the storage catalogue. */
export type Opslagcode = keyof typeof opslagFoutcatalogus;

type Params<C extends Opslagcode> = Parameters<(typeof opslagFoutcatalogus)[C]>[0];

/** An error of the storage layer: a code, its parameters and the Dutch sentence for the operator. */
export class OpslagFout<C extends Opslagcode = Opslagcode> extends Error {
  readonly code: C;
  readonly params: Params<C>;
  /** For the operator's log: the cause, never shown to a user. */
  readonly details: unknown;

  constructor(code: C, params: Params<C>, details?: unknown) {
    super((opslagFoutcatalogus[code] as (p: Params<C>) => string)(params));
    this.name = "OpslagFout";
    this.code = code;
    this.params = params;
    this.details = details;
  }
}

/** True when `error` is an OpslagFout, optionally with the given code. */
export function isOpslagFout<C extends Opslagcode>(error: unknown, code?: C): error is OpslagFout<C> {
  return error instanceof OpslagFout && (code === undefined || error.code === code);
}
