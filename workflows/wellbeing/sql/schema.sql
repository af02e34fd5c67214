-- The wellbeing situation room's derived tables (data/derived.duckdb), written by the wellbeing refresh
-- (workflows/wellbeing/refresh-wellbeing.ts) and read through the public_wellbeing_* views. Areas only:
-- municipalities, postal areas, Helsinki districts; no row is ever about a person. Values are as
-- computed from published open data; the web server applies disclosure control before showing any.
CREATE TABLE IF NOT EXISTS wellbeing_indicator (
  id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, role VARCHAR NOT NULL, service VARCHAR, panel VARCHAR NOT NULL,
  geography VARCHAR NOT NULL, source VARCHAR NOT NULL, year_from SMALLINT NOT NULL, year_to SMALLINT NOT NULL,
  year_kind VARCHAR NOT NULL, direction VARCHAR NOT NULL, unit VARCHAR NOT NULL, measure VARCHAR NOT NULL,
  in_index BOOLEAN NOT NULL, child_rate BOOLEAN NOT NULL, note VARCHAR,
  observed_from SMALLINT, observed_to SMALLINT, observed_areas INTEGER
);
CREATE TABLE IF NOT EXISTS wellbeing_area (
  geography VARCHAR NOT NULL, area VARCHAR NOT NULL, name_fi VARCHAR NOT NULL, name_sv VARCHAR,
  -- The group it is compared with: a municipality's region, a postal area's municipality, a district's city.
  group_code VARCHAR, group_name VARCHAR, municipality_code VARCHAR,
  PRIMARY KEY (geography, area)
);
CREATE TABLE IF NOT EXISTS wellbeing_population (
  geography VARCHAR NOT NULL, area VARCHAR NOT NULL, year SMALLINT NOT NULL, population DOUBLE NOT NULL,
  PRIMARY KEY (geography, area, year)
);
CREATE TABLE IF NOT EXISTS wellbeing_value (
  geography VARCHAR NOT NULL, area VARCHAR NOT NULL, year SMALLINT NOT NULL, indicator VARCHAR NOT NULL,
  value DOUBLE, status VARCHAR NOT NULL,
  -- The smaller side of a share computed from counts (what disclosure checks); NULL for a published value.
  count_basis DOUBLE,
  PRIMARY KEY (geography, area, year, indicator)
);
CREATE TABLE IF NOT EXISTS wellbeing_yardstick (
  geography VARCHAR NOT NULL, indicator VARCHAR NOT NULL, year SMALLINT NOT NULL, mean DOUBLE NOT NULL,
  sd DOUBLE NOT NULL, areas INTEGER NOT NULL, PRIMARY KEY (geography, indicator)
);
CREATE TABLE IF NOT EXISTS wellbeing_index (
  geography VARCHAR NOT NULL, area VARCHAR NOT NULL, year SMALLINT NOT NULL, index_value DOUBLE NOT NULL,
  factors INTEGER NOT NULL, PRIMARY KEY (geography, area, year)
);
CREATE TABLE IF NOT EXISTS wellbeing_index_contribution (
  geography VARCHAR NOT NULL, area VARCHAR NOT NULL, year SMALLINT NOT NULL, indicator VARCHAR NOT NULL,
  value DOUBLE NOT NULL, z DOUBLE NOT NULL, weight DOUBLE NOT NULL, contribution DOUBLE NOT NULL,
  PRIMARY KEY (geography, area, year, indicator)
);
CREATE TABLE IF NOT EXISTS wellbeing_index_group (
  geography VARCHAR NOT NULL, group_kind VARCHAR NOT NULL, group_code VARCHAR NOT NULL, year SMALLINT NOT NULL,
  index_value DOUBLE NOT NULL, areas INTEGER NOT NULL, population DOUBLE NOT NULL, contributions VARCHAR NOT NULL,
  PRIMARY KEY (geography, group_kind, group_code, year)
);
CREATE TABLE IF NOT EXISTS wellbeing_forecast (
  indicator VARCHAR NOT NULL, municipality_code VARCHAR NOT NULL, origin SMALLINT NOT NULL, horizon SMALLINT NOT NULL,
  year SMALLINT NOT NULL, mean DOUBLE NOT NULL, lo80 DOUBLE NOT NULL, hi80 DOUBLE NOT NULL, model VARCHAR NOT NULL,
  band VARCHAR NOT NULL, PRIMARY KEY (indicator, municipality_code, horizon)
);
CREATE TABLE IF NOT EXISTS wellbeing_model_choice (
  indicator VARCHAR NOT NULL, origin SMALLINT NOT NULL, horizon SMALLINT NOT NULL, model VARCHAR NOT NULL,
  mae_naive DOUBLE, mae_ridge DOUBLE, mae_tfjs DOUBLE, n INTEGER, PRIMARY KEY (indicator, horizon)
);
CREATE TABLE IF NOT EXISTS wellbeing_backtest (
  indicator VARCHAR NOT NULL, horizon SMALLINT NOT NULL, model VARCHAR NOT NULL, n INTEGER NOT NULL,
  origins INTEGER NOT NULL, mae DOUBLE NOT NULL, skill_vs_naive DOUBLE, skill_vs_ridge DOUBLE, coverage80 DOUBLE,
  chosen VARCHAR, PRIMARY KEY (indicator, horizon, model)
);
CREATE TABLE IF NOT EXISTS wellbeing_association (
  indicator VARCHAR NOT NULL, origin SMALLINT NOT NULL, factor VARCHAR NOT NULL, per_sd DOUBLE NOT NULL,
  per_unit DOUBLE NOT NULL, sd DOUBLE NOT NULL, mean DOUBLE NOT NULL, r2 DOUBLE NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (indicator, factor)
);
CREATE TABLE IF NOT EXISTS wellbeing_explanation (
  indicator VARCHAR NOT NULL, area VARCHAR NOT NULL, origin SMALLINT NOT NULL, rank SMALLINT NOT NULL,
  factor VARCHAR NOT NULL, value DOUBLE NOT NULL, effect DOUBLE NOT NULL, direction VARCHAR NOT NULL,
  PRIMARY KEY (indicator, area, rank)
);
CREATE TABLE IF NOT EXISTS wellbeing_district (
  area VARCHAR PRIMARY KEY, indicator VARCHAR NOT NULL, observed DOUBLE NOT NULL, expected DOUBLE NOT NULL,
  baseline DOUBLE NOT NULL, clients DOUBLE
);
CREATE TABLE IF NOT EXISTS wellbeing_basis (
  computed_at TIMESTAMP NOT NULL, data_fingerprint VARCHAR NOT NULL, code_digest VARCHAR NOT NULL,
  small_count INTEGER NOT NULL, details VARCHAR NOT NULL
);

CREATE OR REPLACE VIEW public_wellbeing_indicators AS SELECT * FROM wellbeing_indicator;
CREATE OR REPLACE VIEW public_wellbeing_areas AS SELECT * FROM wellbeing_area;
CREATE OR REPLACE VIEW public_wellbeing_values AS
SELECT f.geography, f.area, f.year::INTEGER AS year, f.indicator, f.value, f.status, f.count_basis, p.population
FROM wellbeing_value f LEFT JOIN wellbeing_population p USING (geography, area, year);
CREATE OR REPLACE VIEW public_wellbeing_index AS
SELECT i.geography, i.area, i.year::INTEGER AS year, i.index_value, i.factors, p.population
FROM wellbeing_index i LEFT JOIN wellbeing_population p USING (geography, area, year);
CREATE OR REPLACE VIEW public_wellbeing_index_contributions AS
SELECT geography, area, year::INTEGER AS year, indicator, value, z, weight, contribution FROM wellbeing_index_contribution;
CREATE OR REPLACE VIEW public_wellbeing_index_groups AS
SELECT geography, group_kind, group_code, year::INTEGER AS year, index_value, areas, population, contributions FROM wellbeing_index_group;
CREATE OR REPLACE VIEW public_wellbeing_yardsticks AS SELECT geography, indicator, year::INTEGER AS year, mean, sd, areas FROM wellbeing_yardstick;
CREATE OR REPLACE VIEW public_wellbeing_forecasts AS
SELECT f.indicator, w.title, f.municipality_code, f.origin::INTEGER AS origin, f.horizon::INTEGER AS horizon,
       f.year::INTEGER AS year, f.mean, f.lo80, f.hi80, f.model, f.band
FROM wellbeing_forecast f LEFT JOIN wellbeing_indicator w ON w.id = f.indicator;
CREATE OR REPLACE VIEW public_wellbeing_model_choices AS
SELECT indicator, origin::INTEGER AS origin, horizon::INTEGER AS horizon, model, mae_naive, mae_ridge, mae_tfjs, n FROM wellbeing_model_choice;
CREATE OR REPLACE VIEW public_wellbeing_backtest AS
SELECT indicator, horizon::INTEGER AS horizon, model, n, origins, mae, skill_vs_naive, skill_vs_ridge, coverage80, chosen FROM wellbeing_backtest;
CREATE OR REPLACE VIEW public_wellbeing_associations AS
SELECT indicator, origin::INTEGER AS origin, factor, per_sd, per_unit, sd, mean, r2, n FROM wellbeing_association;
CREATE OR REPLACE VIEW public_wellbeing_explanations AS
SELECT indicator, area, origin::INTEGER AS origin, rank::INTEGER AS rank, factor, value, effect, direction FROM wellbeing_explanation;
CREATE OR REPLACE VIEW public_wellbeing_districts AS SELECT * FROM wellbeing_district;
CREATE OR REPLACE VIEW public_wellbeing_basis AS SELECT * FROM wellbeing_basis;
