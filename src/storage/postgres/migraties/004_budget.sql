-- What each aanvraag adds to its pot's budget, derived by the bot from the aanvraag and
-- its regeling (budget_afleiding names the derivation), and the running sums per SWV,
-- regeling and schooljaar, kept in the same transaction as every change: a budget check
-- reads a few rows instead of loading (or summing) every aanvraag of the pot.
ALTER TABLE aanvragen
  ADD COLUMN budget_schooljaar text,
  ADD COLUMN budget_toegekend bigint NOT NULL DEFAULT 0,
  ADD COLUMN budget_in_behandeling bigint NOT NULL DEFAULT 0,
  ADD COLUMN budget_afleiding text;

CREATE TABLE budgetstanden (
  swv_id text NOT NULL,
  regeling_id text NOT NULL,
  schooljaar text NOT NULL,
  toegekend bigint NOT NULL DEFAULT 0,
  in_behandeling bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (swv_id, schooljaar, regeling_id)
);
