-- Download links of the monitoring report: one person, one use, a short life.
CREATE TABLE downloads (
  token text PRIMARY KEY,
  persoon_id text NOT NULL,
  schooljaar text NOT NULL,
  verloopt_op timestamptz NOT NULL,
  gebruikt_op timestamptz
);
