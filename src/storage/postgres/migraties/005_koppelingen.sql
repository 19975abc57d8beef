-- People configured by e-mail, bound to the Entra object id Teams gave for their address at first contact.
CREATE TABLE koppelingen (
  object_id text PRIMARY KEY,
  adres text NOT NULL UNIQUE,
  op timestamptz NOT NULL
);

-- What the bot last ran with (each regeling, the SWV configuration), to say at start what changed.
CREATE TABLE afdrukken (
  sleutel text PRIMARY KEY,
  data jsonb NOT NULL
);
