-- What each aanvraag adds to its pot's budget, derived by the bot from the aanvraag and
-- its regeling (budget_afleiding names the derivation), so a budget check sums indexed
-- columns instead of loading every aanvraag of the pot.
ALTER TABLE aanvragen
  ADD COLUMN budget_schooljaar text,
  ADD COLUMN budget_toegekend bigint NOT NULL DEFAULT 0,
  ADD COLUMN budget_in_behandeling bigint NOT NULL DEFAULT 0,
  ADD COLUMN budget_afleiding text;
CREATE INDEX aanvragen_budget ON aanvragen (swv_id, budget_schooljaar, regeling_id) INCLUDE (budget_toegekend, budget_in_behandeling)
  WHERE budget_schooljaar IS NOT NULL;
