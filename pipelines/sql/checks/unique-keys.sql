-- A key may appear once per source: a repeated row, or the same export loaded twice, is refused.
-- Repeated keys are found by grouping on the key columns (millions of rows, no strings built); only the
-- rows of a repeated key get the formatted key and the place it was first loaded.
WITH src AS (
  SELECT file_id, source FROM source_file
), postal AS (
  SELECT s.source, o.postal_code, o.year, o.variable
  FROM postal_observation o JOIN src s USING (file_id) GROUP BY ALL HAVING count(*) > 1
), municipal AS (
  SELECT s.source, coalesce(o.municipality_code, o.municipality_name) AS area, o.year, o.variable
  FROM municipal_observation o JOIN src s USING (file_id) GROUP BY ALL HAVING count(*) > 1
), subarea AS (
  SELECT s.source, o.area_code, o.year, o.variable, o.age, o.sex, o.language
  FROM subarea_observation o JOIN src s USING (file_id) GROUP BY ALL HAVING count(*) > 1
), grid AS (
  SELECT s.source, o.grid_index, o.year, o.variable
  FROM grid_observation o JOIN src s USING (file_id) GROUP BY ALL HAVING count(*) > 1
), rate AS (
  SELECT s.source, o.region_code, o.year, o.measure, o.sex, o.age
  FROM projection_rate o JOIN src s USING (file_id) GROUP BY ALL HAVING count(*) > 1
), projected AS (
  SELECT s.source, coalesce(o.area_code, o.municipality_code, o.municipality_name) AS area, o.vintage, o.year, o.variable
  FROM projection_value o JOIN src s USING (file_id) GROUP BY ALL HAVING count(*) > 1
), polygon AS (
  SELECT s.source, o.postal_code, o.vintage
  FROM postal_geometry o JOIN src s USING (file_id) GROUP BY ALL HAVING count(*) > 1
), keyed AS (
  SELECT s.source, o.file_id, o.line, 'postal_code' AS field, 'postal ' || o.postal_code || ' year ' || o.year || ' ' || o.variable AS k
  FROM postal_observation o JOIN src s USING (file_id)
  JOIN postal d ON d.source = s.source AND d.postal_code = o.postal_code AND d.year = o.year AND d.variable = o.variable
  UNION ALL
  SELECT s.source, o.file_id, o.line, 'municipality', 'municipality ' || d.area || ' year ' || o.year || ' ' || o.variable
  FROM municipal_observation o JOIN src s USING (file_id)
  JOIN municipal d ON d.source = s.source AND d.area IS NOT DISTINCT FROM coalesce(o.municipality_code, o.municipality_name)
    AND d.year = o.year AND d.variable = o.variable
  UNION ALL
  SELECT s.source, o.file_id, o.line, 'area_code',
         'area ' || o.area_code || ' year ' || o.year || ' ' || o.variable || ' age ' || o.age || ' ' || o.sex || ' ' || o.language
  FROM subarea_observation o JOIN src s USING (file_id)
  JOIN subarea d ON d.source = s.source AND d.area_code = o.area_code AND d.year = o.year AND d.variable = o.variable
    AND d.age = o.age AND d.sex = o.sex AND d.language = o.language
  UNION ALL
  SELECT s.source, o.file_id, o.line, 'grid_index', 'cell ' || o.grid_index || ' year ' || o.year || ' ' || o.variable
  FROM grid_observation o JOIN src s USING (file_id)
  JOIN grid d ON d.source = s.source AND d.grid_index = o.grid_index AND d.year = o.year AND d.variable = o.variable
  UNION ALL
  SELECT s.source, o.file_id, o.line, 'region', 'region ' || o.region_code || ' year ' || o.year || ' ' || o.measure || ' ' || o.sex || ' age ' || o.age
  FROM projection_rate o JOIN src s USING (file_id)
  JOIN rate d ON d.source = s.source AND d.region_code = o.region_code AND d.year = o.year AND d.measure = o.measure
    AND d.sex = o.sex AND d.age = o.age
  UNION ALL
  SELECT s.source, o.file_id, o.line, 'area', d.area || ' vintage ' || o.vintage || ' year ' || o.year || ' ' || o.variable
  FROM projection_value o JOIN src s USING (file_id)
  JOIN projected d ON d.source = s.source AND d.area IS NOT DISTINCT FROM coalesce(o.area_code, o.municipality_code, o.municipality_name)
    AND d.vintage = o.vintage AND d.year = o.year AND d.variable = o.variable
  UNION ALL
  SELECT s.source, o.file_id, o.line, 'postal_code', 'polygon ' || o.postal_code || ' vintage ' || o.vintage
  FROM postal_geometry o JOIN src s USING (file_id)
  JOIN polygon d ON d.source = s.source AND d.postal_code = o.postal_code AND d.vintage = o.vintage
), ranked AS (
  SELECT k.*, f.file, first_value(f.file || ':' || k.line) OVER w AS first_at, row_number() OVER w AS rn
  FROM keyed k JOIN source_file f USING (file_id)
  WINDOW w AS (PARTITION BY k.source, k.k ORDER BY k.file_id, k.line)
)
SELECT file, line, field, 'duplicate key (' || k || '), first loaded at ' || first_at AS reason
FROM ranked WHERE rn > 1 ORDER BY file, line
