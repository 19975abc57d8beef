/** The verbs of every card action: one constant each, used by the card data and the route. */
export const VERB = {
  aanvraagKies: "aanvraag.kies",
  aanvraagStap: "aanvraag.stap",
  conceptVerder: "concept.verder",
  conceptVerwijder: "concept.verwijder",
  beslissing: "beslissing",
  beslissingVervers: "beslissing.ververs",
  voortgang: "voortgang",
  statusDetails: "status.details",
  rapportageDownload: "rapportage.download",
  dialoogAntwoord: "dialoog.antwoord",
  beschikkingDownload: "beschikking.download",
} as const;
