-- A download link serves a report (schooljaar) or a beschikking (aanvraag_id).
ALTER TABLE downloads ADD COLUMN soort text NOT NULL DEFAULT 'rapportage';
ALTER TABLE downloads ADD COLUMN aanvraag_id uuid;
ALTER TABLE downloads ALTER COLUMN schooljaar DROP NOT NULL;
ALTER TABLE downloads ADD CONSTRAINT downloads_inhoud CHECK ((soort = 'rapportage' AND schooljaar IS NOT NULL) OR (soort = 'beschikking' AND aanvraag_id IS NOT NULL));
