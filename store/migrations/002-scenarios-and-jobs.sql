-- Planners' scenarios: the inputs (the scenario document) and, per scenario, the plan rows that differ
-- from the baseline it was last computed against. A scenario belongs to one municipality; names are
-- unique there. `revision` lets a save refuse to overwrite a version the saver has not seen.
CREATE TABLE scenario (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  municipality_code TEXT NOT NULL CHECK (municipality_code ~ '^[0-9]{3}$'),
  name TEXT NOT NULL,
  document JSONB NOT NULL,
  author TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  revision INTEGER NOT NULL DEFAULT 1,
  UNIQUE (municipality_code, name)
);

CREATE TABLE scenario_result (
  scenario_id BIGINT PRIMARY KEY REFERENCES scenario (id) ON DELETE CASCADE,
  model_version TEXT,
  data_fingerprint TEXT NOT NULL,
  engine TEXT NOT NULL,
  computed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  differing_rows JSONB NOT NULL
);

-- Background jobs (training, activation, uploads, plan refresh). The runner that takes a job holds a
-- session advisory lock on it while it runs: a job whose lock nobody holds is not running, whatever its
-- status says (the runner was killed), and is marked failed.
CREATE TABLE job (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  args JSONB NOT NULL DEFAULT '{}',
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
  requested_by TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  started_at TIMESTAMPTZ,
  finished_at TIMESTAMPTZ,
  runner TEXT,
  phase TEXT,
  error TEXT,
  issues JSONB NOT NULL DEFAULT '[]',
  result JSONB
);
CREATE INDEX job_by_status ON job (status, created_at);
CREATE INDEX job_by_kind ON job (kind, created_at DESC);

CREATE TABLE job_event (
  job_id TEXT NOT NULL REFERENCES job (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  at TIMESTAMPTZ NOT NULL DEFAULT now(),
  message TEXT NOT NULL,
  PRIMARY KEY (job_id, seq)
);
