/**
 * The longest free texts of the voortgang: the gesprek, moving an appointment, a follow-up
 * item and an answer to an evaluation question. The one source for the cards, the checks
 * and the stored schema; a longer text is refused at its field, never cut.
 */
export const VOORTGANG_MAX = {
  deelnemers: 500,
  notities: 4000,
  vervolgstappen: 4000,
  verzetReden: 500,
  vervolgactieToelichting: 2000,
  evaluatieAntwoord: 4000,
} as const;
