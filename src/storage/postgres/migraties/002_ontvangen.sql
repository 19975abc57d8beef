-- Activities Teams delivered, to notice one delivered twice; kept for two days.
CREATE TABLE ontvangen (
  sleutel text PRIMARY KEY,
  op timestamptz NOT NULL
);
CREATE INDEX ontvangen_op ON ontvangen (op);
