-- Every variable code in the observation tables is documented in the catalogue.
SELECT f.file, min(o.line) AS line, 'variable' AS field, 'variable ''' || o.variable || ''' is not in the variable catalogue' AS reason
FROM (SELECT file_id, line, variable FROM postal_observation
      UNION ALL SELECT file_id, line, variable FROM municipal_observation
      UNION ALL SELECT file_id, line, variable FROM subarea_observation
      UNION ALL SELECT file_id, line, variable FROM grid_observation
      UNION ALL SELECT file_id, line, variable FROM projection_value) o
JOIN source_file f USING (file_id)
WHERE o.variable NOT IN (SELECT code FROM variable)
GROUP BY f.file, o.variable ORDER BY 1, 2
