-- A report's download link says its format: CSV (none, as before) or .xlsx; other links have none.
ALTER TABLE downloads ADD COLUMN formaat text;
ALTER TABLE downloads ADD CONSTRAINT downloads_formaat CHECK (formaat IS NULL OR (soort = 'rapportage' AND formaat IN ('csv', 'xlsx')));
