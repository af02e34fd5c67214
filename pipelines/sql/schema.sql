-- Canonical tables written by the source pipelines. Every row keeps the file (file_id -> source_file)
-- and line it came from, so a data-quality failure can name `file:line:field`.
-- Statistics withheld by the source are value NULL with suppressed = true, never zero.

CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE source_file (
  file_id INTEGER PRIMARY KEY, source VARCHAR NOT NULL, file VARCHAR NOT NULL UNIQUE, sha256 VARCHAR NOT NULL,
  bytes BIGINT NOT NULL, rows BIGINT NOT NULL, loaded_at TIMESTAMP NOT NULL, licence VARCHAR NOT NULL, attribution VARCHAR NOT NULL
);

-- Paavo postal-code statistics in long form: one value per (area, statistical year, Paavo variable code).
CREATE TABLE postal_observation (
  file_id INTEGER NOT NULL, line INTEGER NOT NULL, postal_code VARCHAR NOT NULL, postal_name VARCHAR,
  municipality_code VARCHAR, municipality_name VARCHAR, year SMALLINT NOT NULL, variable VARCHAR NOT NULL,
  value DOUBLE, suppressed BOOLEAN NOT NULL
);

-- Municipal series (births, population, key figures, ECE participants, Sotkanet indicators, projections).
-- Sources that know only the name leave municipality_code NULL; the transform resolves it by name.
CREATE TABLE municipal_observation (
  file_id INTEGER NOT NULL, line INTEGER NOT NULL, municipality_code VARCHAR, municipality_name VARCHAR,
  year SMALLINT NOT NULL, variable VARCHAR NOT NULL, value DOUBLE, suppressed BOOLEAN NOT NULL
);

-- Sub-municipal statistical areas (Helsinki suurpiiri/peruspiiri/osa-alue, Espoo and Vantaa areas).
-- age is 'total', a single year '0'..'99', or a band such as '0-6'; sex 'total'|'male'|'female';
-- language 'total'|'fi'|'sv'|'other' (mother tongue). year is the statistical year at 31.12 (1 January figures are shifted back one year).
CREATE TABLE subarea_observation (
  file_id INTEGER NOT NULL, line INTEGER NOT NULL, municipality_code VARCHAR NOT NULL, area_code VARCHAR NOT NULL,
  area_name VARCHAR, area_level VARCHAR NOT NULL, year SMALLINT NOT NULL, variable VARCHAR NOT NULL,
  age VARCHAR NOT NULL, sex VARCHAR NOT NULL, language VARCHAR NOT NULL, value DOUBLE, suppressed BOOLEAN NOT NULL
);

CREATE TABLE subarea_hierarchy (
  file_id INTEGER NOT NULL, line INTEGER NOT NULL, municipality_code VARCHAR NOT NULL, area_code VARCHAR NOT NULL,
  area_name VARCHAR, area_level VARCHAR NOT NULL, parent_code VARCHAR, parent_level VARCHAR
);

-- HSY population grid cells (capital region), long form.
CREATE TABLE grid_observation (
  file_id INTEGER NOT NULL, line INTEGER NOT NULL, year SMALLINT NOT NULL, grid_index VARCHAR NOT NULL,
  lon DOUBLE NOT NULL, lat DOUBLE NOT NULL, cell_size_m INTEGER NOT NULL, variable VARCHAR NOT NULL,
  value DOUBLE, suppressed BOOLEAN NOT NULL
);

-- Projection assumptions (fertility per 1000 women, death probability per mille) by region, year, sex, age.
CREATE TABLE projection_rate (
  file_id INTEGER NOT NULL, line INTEGER NOT NULL, region_code VARCHAR NOT NULL, region_name VARCHAR,
  year SMALLINT NOT NULL, measure VARCHAR NOT NULL, sex VARCHAR NOT NULL, age SMALLINT NOT NULL, value DOUBLE NOT NULL
);

-- Published forecasts and projections used as inputs (housing completions, official population projections).
-- scope 'municipality' | 'subarea'; vintage = the year the projection was made; year = the year projected.
CREATE TABLE projection_value (
  file_id INTEGER NOT NULL, line INTEGER NOT NULL, scope VARCHAR NOT NULL, municipality_code VARCHAR,
  municipality_name VARCHAR, area_code VARCHAR, area_name VARCHAR, vintage SMALLINT NOT NULL, year SMALLINT NOT NULL,
  variable VARCHAR NOT NULL, value DOUBLE NOT NULL
);

-- Postal-area polygons (GeoJSON geometry text, WGS84 unless crs says otherwise).
CREATE TABLE postal_geometry (
  file_id INTEGER NOT NULL, line INTEGER NOT NULL, postal_code VARCHAR NOT NULL, name_fi VARCHAR, name_sv VARCHAR,
  municipality_code VARCHAR, municipality_name VARCHAR, vintage SMALLINT NOT NULL, crs VARCHAR NOT NULL, geojson VARCHAR NOT NULL
);

-- Municipality code keys as published by each source (names of that year's division).
CREATE TABLE municipality_key (
  file_id INTEGER NOT NULL, line INTEGER NOT NULL, municipality_code VARCHAR NOT NULL, name_fi VARCHAR NOT NULL,
  name_sv VARCHAR, region_code VARCHAR, region_name VARCHAR, vintage SMALLINT NOT NULL
);

-- Variable catalogue (Paavo codes and the codes of the other sources), filled from code, not files.
-- The same code may appear in two domains when it means the same thing there (e.g. 'population').
CREATE TABLE variable (
  code VARCHAR NOT NULL, domain VARCHAR NOT NULL, topic VARCHAR, label_fi VARCHAR NOT NULL,
  label_en VARCHAR NOT NULL, unit VARCHAR NOT NULL, description_en VARCHAR,
  PRIMARY KEY (domain, code)
);
