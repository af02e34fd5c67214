-- Observed statistics lie between 1960 and the current year; projections may reach 2060.
SELECT f.file, o.line, 'year' AS field, 'year ' || o.year || ' is outside ' || lo || '-' || hi AS reason
FROM (SELECT file_id, line, year, 1960 AS lo, year(current_date) AS hi FROM postal_observation
      UNION ALL SELECT file_id, line, year, 1960, year(current_date) FROM municipal_observation
      UNION ALL SELECT file_id, line, year, 1960, year(current_date) FROM subarea_observation
      UNION ALL SELECT file_id, line, year, 1960, year(current_date) FROM grid_observation
      UNION ALL SELECT file_id, line, year, 1960, 2060 FROM projection_value
      UNION ALL SELECT file_id, line, year, 1960, 2060 FROM projection_rate) o
JOIN source_file f USING (file_id)
WHERE o.year < o.lo OR o.year > o.hi
ORDER BY f.file, o.line
