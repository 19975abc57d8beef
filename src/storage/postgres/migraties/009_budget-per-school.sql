-- The running budget figures per school as well, so what the aanvragen of a stadsdeel or a
-- school add up to (the decision card of a regeling without a yearly pot) is read from a
-- few rows too, instead of loading every aanvraag of the regeling. A pot's figures are the
-- sum over its schools. The bot rebuilds the figures from the rows at every start, under
-- the same lock, right after the migrations.
DELETE FROM budgetstanden;
ALTER TABLE budgetstanden DROP CONSTRAINT budgetstanden_pkey;
ALTER TABLE budgetstanden ADD COLUMN school_brin text NOT NULL;
ALTER TABLE budgetstanden ADD PRIMARY KEY (swv_id, schooljaar, regeling_id, school_brin);
