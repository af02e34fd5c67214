-- Proactive offer rounds (issue 12): pre-school rounds and ECE rounds opened by an advance survey. Every
-- piece of personal data of a round lives in these tables and nowhere else; a round's personal data is
-- deleted when its retention period ends (offer_round.retention_end; the round row and its anonymous
-- totals stay). Every change of an offer is a row with its time and actor (offer_event, offer_move,
-- offer_reply, offer_decision); who viewed or changed what is in audit_event.
CREATE TABLE offer_round (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('preschool', 'ece')),
  name TEXT NOT NULL,
  municipality_code TEXT NOT NULL CHECK (municipality_code ~ '^[0-9]{3}$'),
  start_year INTEGER NOT NULL,
  settings JSONB NOT NULL,
  answer_deadline DATE NOT NULL,
  retention_end DATE NOT NULL CHECK (retention_end > answer_deadline),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'purged')),
  cohort_source TEXT CHECK (cohort_source IN ('csv', 'evaka', 'synthetic')),
  synthetic BOOLEAN NOT NULL DEFAULT false,
  -- Anonymous totals kept after the purge (counts only, already disclosure-controlled).
  summary JSONB,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  created_by BIGINT REFERENCES app_user (id),
  purged_at TIMESTAMPTZ,
  UNIQUE (municipality_code, name)
);

-- One family per set of guardians' contact details in a round: one message, one personal link.
CREATE TABLE offer_family (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id BIGINT NOT NULL REFERENCES offer_round (id) ON DELETE CASCADE,
  family_key TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
  phone TEXT,
  email TEXT,
  UNIQUE (round_id, family_key)
);

CREATE TABLE offer_child (
  round_id BIGINT NOT NULL REFERENCES offer_round (id) ON DELETE CASCADE,
  child_id TEXT NOT NULL,
  family_id BIGINT NOT NULL REFERENCES offer_family (id) ON DELETE CASCADE,
  birth_year INTEGER NOT NULL,
  birth_date DATE,
  name TEXT,
  postal_code TEXT NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  lat DOUBLE PRECISION NOT NULL,
  located TEXT NOT NULL CHECK (located IN ('coordinates', 'postal_code')),
  language TEXT NOT NULL CHECK (language IN ('fi', 'sv')),
  current_unit_id TEXT,
  sibling_unit_id TEXT,
  special_needs BOOLEAN NOT NULL,
  shift_care BOOLEAN NOT NULL,
  synthetic BOOLEAN NOT NULL,
  -- ECE rounds: the family's answer to the advance survey (domain/offers/ece-survey.ts).
  survey JSONB,
  PRIMARY KEY (round_id, child_id)
);
CREATE INDEX offer_child_by_family ON offer_child (family_id);

-- The current offer of each child. `public_id` names it to the outside (the SMS gateway's reply URL).
CREATE TABLE offer (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  public_id TEXT NOT NULL UNIQUE,
  round_id BIGINT NOT NULL,
  child_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (
    state IN ('proposed', 'sent', 'accepted', 'transfer_requested', 'declined', 'no_reply', 'decided')
  ),
  unit_id TEXT,
  distance_km DOUBLE PRECISION,
  rule TEXT NOT NULL,
  facts JSONB NOT NULL,
  proposal_round INTEGER NOT NULL DEFAULT 1,
  pinned_unit_id TEXT,
  held_unit_id TEXT,
  wishes TEXT[] NOT NULL DEFAULT '{}',
  -- The family's latest answer, kept when the offer is decided (follow-up figures read it).
  answer TEXT CHECK (answer IN ('accepted', 'transfer_requested', 'declined', 'no_reply')),
  sent_on DATE,
  reminded_on DATE[] NOT NULL DEFAULT '{}',
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (round_id, child_id),
  FOREIGN KEY (round_id, child_id) REFERENCES offer_child (round_id, child_id) ON DELETE CASCADE
);
CREATE INDEX offer_by_round_state ON offer (round_id, state);

-- Every state change of an offer, with its time and actor.
CREATE TABLE offer_event (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  offer_id BIGINT NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
  at TIMESTAMPTZ NOT NULL DEFAULT now(),
  actor_id BIGINT,
  actor TEXT NOT NULL,
  event TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT NOT NULL,
  unit_id TEXT,
  details JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX offer_event_by_offer ON offer_event (offer_id, at);

-- A planner's pin or move before sending, with the reason recorded.
CREATE TABLE offer_move (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  offer_id BIGINT NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
  at TIMESTAMPTZ NOT NULL DEFAULT now(),
  actor_id BIGINT,
  actor TEXT NOT NULL,
  from_unit_id TEXT,
  to_unit_id TEXT,
  reason TEXT NOT NULL CHECK (reason IN ('family_request', 'special_needs', 'capacity', 'transport', 'other')),
  note TEXT CHECK (char_length(note) <= 500)
);

-- The outbox: one message per family and occasion, in the family's language, delivered by a sender.
-- The personal link is never stored: `body` holds it redacted, `offer_link` only the token's hash.
CREATE TABLE offer_message (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id BIGINT NOT NULL REFERENCES offer_round (id) ON DELETE CASCADE,
  family_id BIGINT NOT NULL REFERENCES offer_family (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('survey', 'offer', 'reminder', 'second_offer')),
  channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'letter')),
  language TEXT NOT NULL,
  recipient TEXT,
  subject TEXT,
  body TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'delivered', 'failed', 'held')),
  sender TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  delivered_at TIMESTAMPTZ
);
CREATE INDEX offer_message_by_round ON offer_message (round_id, status);

-- Personal links: SHA-256 of the random token only; the token itself exists in the message sent.
CREATE TABLE offer_link (
  token_hash TEXT PRIMARY KEY,
  family_id BIGINT NOT NULL REFERENCES offer_family (id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at TIMESTAMPTZ NOT NULL
);

-- Failed link look-ups per address (the family page's rate limit), pruned as they age.
CREATE TABLE offer_link_failure (
  at TIMESTAMPTZ NOT NULL DEFAULT now(),
  address TEXT NOT NULL
);
CREATE INDEX offer_link_failure_by_address ON offer_link_failure (address, at);

-- Every answer that reached the product (SMS keyword, gateway, CSV, the family page) and what it did.
-- Replies that could not be read, or matched to a family, wait in the review queue (status 'review').
CREATE TABLE offer_reply (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id BIGINT NOT NULL REFERENCES offer_round (id) ON DELETE CASCADE,
  family_id BIGINT REFERENCES offer_family (id) ON DELETE CASCADE,
  offer_id BIGINT REFERENCES offer (id) ON DELETE CASCADE,
  received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  channel TEXT NOT NULL CHECK (channel IN ('sms', 'gateway', 'csv', 'web')),
  sender TEXT,
  text TEXT NOT NULL CHECK (char_length(text) <= 2000),
  parsed TEXT NOT NULL CHECK (parsed IN ('accept', 'transfer', 'decline', 'unknown')),
  status TEXT NOT NULL CHECK (status IN ('applied', 'review', 'resolved', 'ignored')),
  resolved_by TEXT,
  resolved_at TIMESTAMPTZ,
  resolution TEXT
);
CREATE INDEX offer_reply_by_round ON offer_reply (round_id, status);

-- One decision per child (the accepted place, or the outcome of the transfer or application route).
CREATE TABLE offer_decision (
  offer_id BIGINT PRIMARY KEY REFERENCES offer (id) ON DELETE CASCADE,
  round_id BIGINT NOT NULL,
  number TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('placed', 'declined', 'application')),
  unit_id TEXT,
  language TEXT NOT NULL CHECK (language IN ('fi', 'sv')),
  legal_basis TEXT[] NOT NULL,
  decided_on DATE NOT NULL,
  decided_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  decided_by TEXT NOT NULL,
  UNIQUE (round_id, number)
);
