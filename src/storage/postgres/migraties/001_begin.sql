-- The first schema: aanvragen with their number counters, conversation references,
-- the audit log, the outbox and deputies set in chat. Whole objects live in jsonb
-- (validated with zod on the way in and out); the columns are what queries and
-- constraints need.

CREATE TABLE aanvragen (
  id uuid PRIMARY KEY,
  swv_id text NOT NULL,
  nummer text NOT NULL,
  regeling_id text NOT NULL,
  school_brin text NOT NULL,
  consulent_id text NOT NULL,
  fase text NOT NULL,
  versie integer NOT NULL,
  data jsonb NOT NULL,
  UNIQUE (swv_id, nummer)
);
CREATE INDEX aanvragen_swv_fase ON aanvragen (swv_id, fase);
CREATE INDEX aanvragen_consulent ON aanvragen (consulent_id);
CREATE INDEX aanvragen_regeling ON aanvragen (regeling_id);

CREATE TABLE tellers (
  sleutel text PRIMARY KEY,
  waarde integer NOT NULL
);

CREATE TABLE conversaties (
  persoon_id text PRIMARY KEY,
  verwijzing jsonb NOT NULL
);

CREATE TABLE audit (
  volgnummer bigserial PRIMARY KEY,
  aanvraag_id uuid,
  actor text NOT NULL,
  regel jsonb NOT NULL
);
CREATE INDEX audit_aanvraag ON audit (aanvraag_id);
CREATE INDEX audit_actor ON audit (actor);

CREATE TABLE uitgaand (
  id uuid PRIMARY KEY,
  volgnummer bigserial UNIQUE,
  persoon_id text NOT NULL,
  aanvraag_id uuid NOT NULL,
  sleutel text UNIQUE,
  aangemaakt_op timestamptz NOT NULL,
  afgehandeld boolean NOT NULL DEFAULT false,
  geclaimd_op timestamptz,
  volgende_poging_op timestamptz,
  data jsonb NOT NULL
);
CREATE INDEX uitgaand_open ON uitgaand (aangemaakt_op, volgnummer) WHERE NOT afgehandeld;
CREATE INDEX uitgaand_aanvraag ON uitgaand (aanvraag_id);

CREATE TABLE vervangingen (
  voor text PRIMARY KEY,
  data jsonb NOT NULL
);
