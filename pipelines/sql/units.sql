-- ECE units registry (units/*.csv[.gz], pipelines/sources/units): the supply side of the plan.
-- Canonical table loaded by ingest like every source; run right after schema.sql (before the sink opens).
-- Years are statistical years (31 December): a unit counts from opening_year and no longer in closing_year.
-- synthetic = true marks invented demo units (the shipped Helsinki file); they are labelled wherever shown.
CREATE TABLE IF NOT EXISTS ece_unit (
  file_id INTEGER NOT NULL, line INTEGER NOT NULL, unit_id VARCHAR NOT NULL, name_fi VARCHAR NOT NULL, name_sv VARCHAR,
  language VARCHAR NOT NULL, provider VARCHAR NOT NULL, lon DOUBLE NOT NULL, lat DOUBLE NOT NULL, postal_code VARCHAR NOT NULL,
  municipality_code VARCHAR NOT NULL, capacity_under3 INTEGER NOT NULL, capacity_3plus INTEGER NOT NULL, floor_area_m2 DOUBLE,
  opening_year SMALLINT NOT NULL, closing_year SMALLINT, preschool BOOLEAN NOT NULL, synthetic BOOLEAN NOT NULL
);
