-- Counts of people, households, dwellings and places are never negative.
SELECT f.file, o.line, o.variable AS field, 'negative count ' || o.value AS reason
FROM (SELECT file_id, line, variable, value FROM postal_observation
      UNION ALL SELECT file_id, line, variable, value FROM municipal_observation
      UNION ALL SELECT file_id, line, variable, value FROM subarea_observation
      UNION ALL SELECT file_id, line, variable, value FROM grid_observation) o
JOIN source_file f USING (file_id)
WHERE o.variable IN (SELECT code FROM variable WHERE unit IN ('persons', 'households', 'dwellings', 'buildings', 'workplaces', 'count'))
  AND o.value < 0
ORDER BY f.file, o.line
