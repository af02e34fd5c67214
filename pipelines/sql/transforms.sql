-- Canonical shapes built from the loaded rows. Runs inside the build of a fresh warehouse file.

-- Municipalities: the newest name each code was published with; names of every vintage resolve to codes
-- (sources of 2013-2017 name municipalities that merged later).
CREATE TABLE municipality AS
SELECT municipality_code, arg_max(name_fi, vintage) AS name_fi, arg_max(name_sv, vintage) AS name_sv,
       arg_max(region_code, vintage) AS region_code, arg_max(region_name, vintage) AS region_name
FROM municipality_key GROUP BY municipality_code;

CREATE TABLE municipality_name_lookup AS
SELECT DISTINCT lower(trim(name)) AS name_key, municipality_code
FROM (SELECT name_fi AS name, municipality_code FROM municipality_key
      UNION ALL SELECT name_sv, municipality_code FROM municipality_key WHERE name_sv IS NOT NULL);

UPDATE postal_observation o SET municipality_code = l.municipality_code
FROM municipality_name_lookup l
WHERE o.municipality_code IS NULL AND l.name_key = lower(trim(o.municipality_name));

UPDATE municipal_observation o SET municipality_code = l.municipality_code
FROM municipality_name_lookup l
WHERE o.municipality_code IS NULL AND l.name_key = lower(trim(o.municipality_name));

UPDATE projection_value o SET municipality_code = l.municipality_code
FROM municipality_name_lookup l
WHERE o.municipality_code IS NULL AND o.municipality_name IS NOT NULL AND l.name_key = lower(trim(o.municipality_name));

-- When several releases publish the same area-year-variable, the newest release wins.
CREATE TABLE source_priority AS
SELECT * FROM (VALUES ('paavo-12f7', 1), ('paavo-12f1-income', 2), ('paavo-release-2020', 3), ('paavo-topic-tables', 4))
  AS t(source, priority);

-- Only a few hundred of ~1.6 M keys overlap, so the losers are listed (postal_superseded) and postal_value is
-- a view that leaves them out: as fast to query as a copy, which cost seconds of every build to write.
CREATE TABLE postal_superseded AS
WITH overlap AS (
  SELECT postal_code, year, variable FROM postal_observation GROUP BY ALL HAVING count(*) > 1
)
SELECT o.file_id, o.line, o.postal_code, o.year, o.variable
FROM postal_observation o SEMI JOIN overlap USING (postal_code, year, variable)
JOIN source_file f USING (file_id) LEFT JOIN source_priority p ON p.source = f.source
QUALIFY row_number() OVER (PARTITION BY o.postal_code, o.year, o.variable ORDER BY coalesce(p.priority, 99), o.file_id DESC) > 1;

CREATE VIEW postal_value AS
SELECT o.postal_code, o.municipality_code, o.year, o.variable, o.value, o.suppressed, f.source, o.file_id, o.line
FROM postal_observation o JOIN source_file f USING (file_id)
ANTI JOIN postal_superseded s USING (file_id, line, postal_code, year, variable);

-- Postal areas: every code seen in statistics or geometry, with the years it appears in the statistics.
CREATE TABLE postal_area AS
WITH stats AS (
  SELECT postal_code, arg_max(postal_name, year) AS name_fi, arg_max(municipality_code, year) AS municipality_code,
         min(year) AS first_year, max(year) AS last_year, list_sort(list(DISTINCT year)) AS years
  FROM postal_observation GROUP BY postal_code
), geo AS (
  SELECT postal_code, arg_max(name_fi, vintage) AS name_fi, arg_max(name_sv, vintage) AS name_sv,
         arg_max(municipality_code, vintage) AS municipality_code,
         -- Paavo's coastline-cut polygons are preferred over the HRI Posti areas, which include sea.
         arg_min(geojson, CASE WHEN f.source = 'paavo-geometry' THEN 0 ELSE 1 END) AS geojson
  FROM postal_geometry g JOIN source_file f USING (file_id) GROUP BY postal_code
)
SELECT postal_code, coalesce(geo.name_fi, stats.name_fi) AS name_fi, geo.name_sv,
       coalesce(stats.municipality_code, geo.municipality_code) AS municipality_code,
       stats.first_year, stats.last_year, stats.years, geo.geojson
FROM stats FULL OUTER JOIN geo USING (postal_code);

-- Postal-code continuity across releases. Each old Paavo release used its own geography: a code that
-- stops appearing is matched to the code of the same municipality whose population grew most like the
-- vanished area's (status 'merged-inferred'); codes that start appearing are 'new'. The inference is a
-- heuristic from the shipped data, not an official key, and is labelled so.
CREATE TABLE postal_code_continuity AS
WITH pop AS (
  SELECT postal_code, municipality_code, year, value FROM postal_value WHERE variable = 'he_vakiy'
), bounds AS (
  SELECT min(year) AS y0, max(year) AS y1 FROM pop
), span AS (
  SELECT postal_code, min(year) AS first_year, max(year) AS last_year FROM pop GROUP BY postal_code
), vanished AS (
  SELECT s.postal_code, s.last_year, p.municipality_code, p.value AS last_pop,
         (SELECT min(year) FROM pop q WHERE q.year > s.last_year) AS next_year
  FROM span s JOIN pop p ON p.postal_code = s.postal_code AND p.year = s.last_year, bounds
  WHERE s.last_year < bounds.y1
), successor AS (
  -- Ties (equal growth) go to the lowest code, so the result does not depend on row order.
  SELECT v.postal_code, arg_min(a.postal_code, (abs((a.value - coalesce(b.value, 0)) - v.last_pop), a.postal_code)) AS successor_code
  FROM vanished v
  JOIN pop a ON a.year = v.next_year AND a.municipality_code = v.municipality_code
  LEFT JOIN pop b ON b.postal_code = a.postal_code AND b.year = v.last_year
  WHERE a.value - coalesce(b.value, 0) > 0
  GROUP BY v.postal_code
)
SELECT s.postal_code, s.first_year, s.last_year,
       CASE WHEN s.last_year < bounds.y1 AND su.successor_code IS NOT NULL THEN 'merged-inferred'
            WHEN s.last_year < bounds.y1 THEN 'discontinued'
            WHEN s.first_year > bounds.y0 THEN 'new'
            ELSE 'continuing' END AS status,
       su.successor_code
FROM span s CROSS JOIN bounds LEFT JOIN successor su USING (postal_code);

-- ---------------------------------------------------------------------------------------------
-- Stable views for the dashboard, notebooks, BI tools and checks. Change them only additively.
-- ---------------------------------------------------------------------------------------------
CREATE VIEW public_areas AS
SELECT a.postal_code, a.name_fi, a.name_sv, a.municipality_code, m.name_fi AS municipality_name,
       a.first_year, a.last_year, a.geojson IS NOT NULL AS has_geometry
FROM postal_area a LEFT JOIN municipality m USING (municipality_code);

CREATE VIEW public_area_geometry AS
SELECT postal_code, name_fi, name_sv, municipality_code, geojson FROM postal_area WHERE geojson IS NOT NULL;

CREATE TABLE age_group_variable AS
SELECT * FROM (VALUES ('he_vakiy', 'total'), ('he_0_2', '0-2'), ('he_3_6', '3-6'), ('he_7_12', '7-12'),
  ('he_13_15', '13-15'), ('he_16_17', '16-17'), ('he_18_19', '18-19'), ('he_20_24', '20-24'), ('he_25_29', '25-29'),
  ('he_30_34', '30-34'), ('he_35_39', '35-39'), ('he_40_44', '40-44'), ('he_45_49', '45-49'), ('he_50_54', '50-54'),
  ('he_55_59', '55-59'), ('he_60_64', '60-64'), ('he_65_69', '65-69'), ('he_70_74', '70-74'), ('he_75_79', '75-79'),
  ('he_80_84', '80-84'), ('he_85_', '85+')) AS t(variable, age_group);

CREATE VIEW public_postal_population AS
SELECT v.postal_code, v.municipality_code, v.year::INTEGER AS year, g.age_group,
       v.value::BIGINT AS persons, v.suppressed, v.source
FROM postal_value v JOIN age_group_variable g USING (variable);

CREATE VIEW public_postal_observations AS
SELECT v.postal_code, v.municipality_code, v.year::INTEGER AS year, v.variable, c.label_en, c.unit, v.value, v.suppressed, v.source
FROM postal_value v LEFT JOIN variable c ON c.code = v.variable AND c.domain = 'postal';

CREATE VIEW public_municipal_series AS
SELECT o.municipality_code, m.name_fi AS municipality_name, o.year::INTEGER AS year, o.variable, c.label_en, c.unit,
       o.value, o.suppressed, f.source
FROM municipal_observation o JOIN source_file f USING (file_id)
LEFT JOIN municipality m USING (municipality_code) LEFT JOIN variable c ON c.code = o.variable AND c.domain = 'municipal';

CREATE VIEW public_subarea_series AS
SELECT o.municipality_code, o.area_code, o.area_name, o.area_level, o.year::INTEGER AS year, o.variable,
       o.age, o.sex, o.language, o.value, o.suppressed, f.source
FROM subarea_observation o JOIN source_file f USING (file_id);

CREATE VIEW public_variables AS SELECT * FROM variable;

CREATE VIEW public_lineage AS
SELECT source, file, sha256, rows, loaded_at, licence, attribution FROM source_file;

-- Coverage: per source, the years and areas it covers and the share of values it withheld.
CREATE TABLE coverage AS
WITH obs AS (
  SELECT file_id, year, postal_code AS area, suppressed FROM postal_observation
  UNION ALL SELECT file_id, year, coalesce(municipality_code, municipality_name), suppressed FROM municipal_observation
  UNION ALL SELECT file_id, year, area_code, suppressed FROM subarea_observation
  UNION ALL SELECT file_id, year, grid_index, suppressed FROM grid_observation
  UNION ALL SELECT file_id, year, coalesce(area_code, municipality_code, municipality_name), false FROM projection_value
  UNION ALL SELECT file_id, year, region_code, false FROM projection_rate
  UNION ALL SELECT file_id, vintage, postal_code, false FROM postal_geometry
)
SELECT f.source, count(DISTINCT f.file_id)::INTEGER AS files, min(o.year)::INTEGER AS first_year, max(o.year)::INTEGER AS last_year,
       list_sort(list(DISTINCT o.year::INTEGER)) AS years, count(DISTINCT o.area)::INTEGER AS areas,
       count(*)::BIGINT AS "values", round(avg(o.suppressed::INTEGER), 4) AS suppressed_share
FROM obs o JOIN source_file f USING (file_id) GROUP BY f.source ORDER BY f.source;

CREATE VIEW public_coverage AS SELECT * FROM coverage;
