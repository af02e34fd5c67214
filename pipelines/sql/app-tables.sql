-- Tables written by train, forecast and plan (not by ingest). Ingest creates them empty in every new
-- build and then copies the rows of the previous warehouse, so a data refresh keeps model history.

CREATE TABLE model_registry (
  version VARCHAR PRIMARY KEY, created_at TIMESTAMP NOT NULL, model VARCHAR NOT NULL, cutoff SMALLINT NOT NULL,
  backend VARCHAR NOT NULL, hyperparameters VARCHAR NOT NULL, data_fingerprint VARCHAR NOT NULL,
  data_files VARCHAR NOT NULL, summary VARCHAR NOT NULL, artefact_dir VARCHAR NOT NULL,
  status VARCHAR NOT NULL, note VARCHAR
);

CREATE TABLE model_backtest (
  version VARCHAR NOT NULL, model VARCHAR NOT NULL, scope VARCHAR NOT NULL, age_group VARCHAR NOT NULL,
  horizon SMALLINT NOT NULL, size_class VARCHAR NOT NULL, n INTEGER NOT NULL, mape DOUBLE, medape DOUBLE,
  malpe DOUBLE, wape DOUBLE, coverage80 DOUBLE, coverage95 DOUBLE, best_baseline VARCHAR, skill DOUBLE
);

CREATE TABLE forecast (
  model_version VARCHAR NOT NULL, model VARCHAR NOT NULL, origin SMALLINT NOT NULL, postal_code VARCHAR NOT NULL,
  municipality_code VARCHAR NOT NULL, age_group VARCHAR NOT NULL, year SMALLINT NOT NULL, horizon SMALLINT NOT NULL,
  mean DOUBLE NOT NULL, lo80 DOUBLE, hi80 DOUBLE, lo95 DOUBLE, hi95 DOUBLE, created_at TIMESTAMP NOT NULL
);

CREATE TABLE forecast_explanation (
  model_version VARCHAR NOT NULL, origin SMALLINT NOT NULL, postal_code VARCHAR NOT NULL, age_group VARCHAR NOT NULL,
  year SMALLINT NOT NULL, rank SMALLINT NOT NULL, driver VARCHAR NOT NULL, effect_pct DOUBLE NOT NULL, text VARCHAR NOT NULL
);

-- Planning (`npm run plan`, issue 4): saved scenario documents and the plan per scenario, area and year.
CREATE TABLE scenario (
  name VARCHAR PRIMARY KEY, author VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL, document VARCHAR NOT NULL
);

CREATE TABLE plan_result (
  scenario VARCHAR NOT NULL, postal_code VARCHAR NOT NULL, municipality_code VARCHAR NOT NULL, year SMALLINT NOT NULL,
  is_forecast BOOLEAN NOT NULL, children_0_2 DOUBLE, children_3_6 DOUBLE, children_6 DOUBLE,
  demand_under3 DOUBLE, demand_3plus_fullday DOUBLE, demand_3plus_partday DOUBLE, demand_preschool DOUBLE,
  demand_total DOUBLE, demand_total_lo80 DOUBLE, demand_total_hi80 DOUBLE,
  capacity_under3 INTEGER, capacity_3plus INTEGER, capacity_total INTEGER, capacity_walk_total DOUBLE,
  gap_places DOUBLE, gap_m2 DOUBLE, fill_rate DOUBLE, staff_educators INTEGER, staff_fte DOUBLE, "groups" INTEGER,
  floor_area_needed_m2 DOUBLE, rag VARCHAR, synthetic_capacity BOOLEAN, preschool_transport_needed BOOLEAN,
  -- When and from what the rows were computed (forecast model version and origin, rate year, units file): JSON text.
  computed_at TIMESTAMP NOT NULL, basis VARCHAR NOT NULL,
  PRIMARY KEY (scenario, postal_code, year)
);
