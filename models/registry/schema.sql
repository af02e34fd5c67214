-- The model registry and forecasts in the derived store (data/derived.duckdb), written by training,
-- activation and the forecast CLI through core/warehouse/publish.ts; never by an ingest.

CREATE TABLE IF NOT EXISTS model_registry (
  version VARCHAR PRIMARY KEY, created_at TIMESTAMP NOT NULL, model VARCHAR NOT NULL, cutoff SMALLINT NOT NULL,
  backend VARCHAR NOT NULL, hyperparameters VARCHAR NOT NULL, data_fingerprint VARCHAR NOT NULL,
  data_files VARCHAR NOT NULL, summary VARCHAR NOT NULL,
  status VARCHAR NOT NULL CHECK (status IN ('active', 'inactive', 'rejected')), note VARCHAR
);

-- Versions before the artefacts moved into this file kept them in a folder beside the warehouse.
ALTER TABLE model_registry DROP COLUMN IF EXISTS artefact_dir;

-- A version's trained networks (TF.js model.json, weights.bin, meta.json per origin forecast from): a few
-- kilobytes, kept with the version instead of in a folder.
CREATE TABLE IF NOT EXISTS model_artefact (
  version VARCHAR NOT NULL, origin SMALLINT NOT NULL, name VARCHAR NOT NULL, bytes BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS model_backtest (
  version VARCHAR NOT NULL, model VARCHAR NOT NULL, scope VARCHAR NOT NULL, age_group VARCHAR NOT NULL,
  horizon SMALLINT NOT NULL, size_class VARCHAR NOT NULL, n INTEGER NOT NULL, mape DOUBLE, medape DOUBLE,
  malpe DOUBLE, wape DOUBLE, coverage80 DOUBLE, coverage95 DOUBLE, best_baseline VARCHAR, skill DOUBLE
);

-- A run is one set of forecasts: the product run of a model version (kind 'model', written by training)
-- or an analyst's experiment (kind 'experiment', `npm run forecast`), which the dashboard never shows.
CREATE TABLE IF NOT EXISTS forecast_run (
  run_id VARCHAR PRIMARY KEY, model_version VARCHAR NOT NULL, kind VARCHAR NOT NULL CHECK (kind IN ('model', 'experiment')),
  origin SMALLINT NOT NULL, created_at TIMESTAMP NOT NULL, data_fingerprint VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS forecast (
  run_id VARCHAR NOT NULL, model VARCHAR NOT NULL, origin SMALLINT NOT NULL, postal_code VARCHAR NOT NULL,
  municipality_code VARCHAR NOT NULL, age_group VARCHAR NOT NULL, year SMALLINT NOT NULL, horizon SMALLINT NOT NULL,
  mean DOUBLE NOT NULL, lo80 DOUBLE, hi80 DOUBLE, lo95 DOUBLE, hi95 DOUBLE
);

-- Drivers are ids and numbers; pages render them in the reader's language (i18n/drivers).
CREATE TABLE IF NOT EXISTS forecast_explanation (
  run_id VARCHAR NOT NULL, origin SMALLINT NOT NULL, postal_code VARCHAR NOT NULL, age_group VARCHAR NOT NULL,
  year SMALLINT NOT NULL, rank SMALLINT NOT NULL, driver VARCHAR NOT NULL, effect_pct DOUBLE NOT NULL
);

-- The one definition of "the active model": the newest version marked active.
CREATE OR REPLACE VIEW active_model AS
SELECT * FROM model_registry WHERE status = 'active'
QUALIFY row_number() OVER (ORDER BY created_at DESC, version DESC) = 1;

-- The forecasts the dashboard and the plan show: the active model's own run, per area its latest origin.
CREATE OR REPLACE VIEW active_forecasts AS
SELECT f.postal_code, f.municipality_code, f.age_group, f.year::INTEGER AS year, f.horizon::INTEGER AS horizon,
       f.origin::INTEGER AS origin, f.mean, f.lo80, f.hi80, f.lo95, f.hi95, f.model, r.model_version, r.run_id
FROM forecast f JOIN forecast_run r USING (run_id) JOIN active_model m ON r.model_version = m.version
WHERE r.kind = 'model'
QUALIFY f.origin = max(f.origin) OVER (PARTITION BY f.postal_code);

CREATE OR REPLACE VIEW active_forecast_explanations AS
SELECT e.postal_code, e.age_group, e.year::INTEGER AS year, e.origin::INTEGER AS origin, e.rank::INTEGER AS rank,
       e.driver, e.effect_pct, r.model_version
FROM forecast_explanation e JOIN forecast_run r USING (run_id) JOIN active_model m ON r.model_version = m.version
WHERE r.kind = 'model';

CREATE OR REPLACE VIEW public_forecast_runs AS
SELECT run_id, model_version, kind, origin::INTEGER AS origin, created_at, data_fingerprint,
       (SELECT count(*) FROM forecast f WHERE f.run_id = r.run_id) AS rows
FROM forecast_run r;

CREATE OR REPLACE VIEW public_models AS
SELECT version, created_at, model, cutoff::INTEGER AS cutoff, backend, hyperparameters, data_fingerprint, data_files,
       summary, status, note
FROM model_registry;

CREATE OR REPLACE VIEW public_backtest AS SELECT * FROM model_backtest;
