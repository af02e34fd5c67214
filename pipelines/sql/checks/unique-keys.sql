-- A key may appear once per source: a repeated row, or the same export loaded twice, is refused.
WITH keyed AS (
  SELECT file_id, line, 'postal_code' AS field,
         'postal ' || postal_code || ' year ' || year || ' ' || variable AS k FROM postal_observation
  UNION ALL SELECT file_id, line, 'municipality', 'municipality ' || coalesce(municipality_code, municipality_name) || ' year ' || year || ' ' || variable
  FROM municipal_observation
  UNION ALL SELECT file_id, line, 'area_code', 'area ' || area_code || ' year ' || year || ' ' || variable || ' age ' || age || ' ' || sex || ' ' || language
  FROM subarea_observation
  UNION ALL SELECT file_id, line, 'grid_index', 'cell ' || grid_index || ' year ' || year || ' ' || variable FROM grid_observation
  UNION ALL SELECT file_id, line, 'region', 'region ' || region_code || ' year ' || year || ' ' || measure || ' ' || sex || ' age ' || age FROM projection_rate
  UNION ALL SELECT file_id, line, 'area', coalesce(area_code, municipality_code, municipality_name) || ' vintage ' || vintage || ' year ' || year || ' ' || variable FROM projection_value
  UNION ALL SELECT file_id, line, 'postal_code', 'polygon ' || postal_code || ' vintage ' || vintage FROM postal_geometry
), ranked AS (
  SELECT k.*, f.source, f.file,
         first_value(f.file || ':' || k.line) OVER w AS first_at, row_number() OVER w AS rn
  FROM keyed k JOIN source_file f USING (file_id)
  WINDOW w AS (PARTITION BY f.source, k.k ORDER BY k.file_id, k.line)
)
SELECT file, line, field, 'duplicate key (' || k || '), first loaded at ' || first_at AS reason
FROM ranked WHERE rn > 1 ORDER BY file, line
