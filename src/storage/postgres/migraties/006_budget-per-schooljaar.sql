-- An aanvraag whose period runs over 1 August under a regeling that splits it adds to the
-- pot of each schooljaar its own part, so what a row adds to the budget is a list of
-- parts (schooljaar, toegekend, inBehandeling) instead of one schooljaar's figures. The
-- old columns move into the list; budget_afleiding is cleared, so the bot derives every
-- row again at its start with this build's derivation and rebuilds budgetstanden.
ALTER TABLE aanvragen ADD COLUMN budget_delen jsonb NOT NULL DEFAULT '[]'::jsonb;

UPDATE aanvragen
SET budget_delen = jsonb_build_array(jsonb_build_object('schooljaar', budget_schooljaar, 'toegekend', budget_toegekend, 'inBehandeling', budget_in_behandeling)),
    budget_afleiding = NULL
WHERE budget_schooljaar IS NOT NULL;

ALTER TABLE aanvragen DROP COLUMN budget_schooljaar, DROP COLUMN budget_toegekend, DROP COLUMN budget_in_behandeling;
