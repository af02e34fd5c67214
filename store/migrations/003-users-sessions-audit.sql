-- Accounts: local (Argon2id password hash) or from the city's identity provider (OpenID Connect issuer
-- and subject). Roles and municipalities are the product's own; an empty municipality list means all.
CREATE TABLE app_user (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username TEXT NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._@-]{1,63}$'),
  display_name TEXT,
  password_hash TEXT,
  oidc_issuer TEXT,
  oidc_subject TEXT,
  roles TEXT[] NOT NULL DEFAULT '{}'
    CHECK (roles <@ ARRAY['manager', 'planner', 'analyst', 'leadership', 'placement', 'admin']),
  municipalities TEXT[] NOT NULL DEFAULT '{}',
  disabled BOOLEAN NOT NULL DEFAULT false,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  UNIQUE (oidc_issuer, oidc_subject)
);

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256.
CREATE TABLE app_session (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  last_seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  expires_at TIMESTAMPTZ NOT NULL,
  address TEXT,
  ended_at TIMESTAMPTZ
);
CREATE INDEX app_session_by_user ON app_session (user_id);

-- Failed sign-ins, for rate limiting per account and per address (pruned as they age).
CREATE TABLE login_failure (
  at TIMESTAMPTZ NOT NULL DEFAULT now(),
  username TEXT NOT NULL,
  address TEXT NOT NULL
);
CREATE INDEX login_failure_by_username ON login_failure (username, at);
CREATE INDEX login_failure_by_address ON login_failure (address, at);

-- The audit trail: who did what to which objects, when and from where. Never the sensitive values,
-- never free text: `details` holds ids and codes only. Append-only: rows cannot be changed or removed.
CREATE TABLE audit_event (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL DEFAULT now(),
  actor_id BIGINT,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT,
  object_id TEXT,
  outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
  address TEXT,
  details JSONB NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_event_by_at ON audit_event (at DESC);
CREATE INDEX audit_event_by_actor ON audit_event (actor, at DESC);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only';
END;
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

-- Scenarios and jobs name their user from now on (the free-text author stays for display).
ALTER TABLE scenario ADD COLUMN created_by BIGINT REFERENCES app_user (id);
ALTER TABLE job ADD COLUMN requested_by_id BIGINT REFERENCES app_user (id);

-- Sign-ins through the city's identity provider in progress: state, nonce and PKCE verifier of each,
-- kept only until the provider sends the user back (or for ten minutes).
CREATE TABLE oidc_flow (
  state TEXT PRIMARY KEY,
  nonce TEXT NOT NULL,
  verifier TEXT NOT NULL,
  return_to TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
