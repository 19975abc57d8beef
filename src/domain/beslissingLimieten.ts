/**
 * The longest free texts of a decision and the dialogue after it: the decider's one text on
 * the decision card (the onderbouwing of a grant, the reason of a refusal, the question when
 * sending back) and the consulent's answer to that question. The one source for the cards,
 * the checks and the stored schema; a longer text is refused at its field, never cut.
 */
export const BESLISSING_MAX = {
  toelichting: 2000,
  antwoord: 2000,
} as const;
