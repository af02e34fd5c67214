-- No age group may exceed the total population of the same area and year in the same file.
SELECT f.file, a.line, a.variable AS field,
       a.variable || ' = ' || a.value || ' exceeds he_vakiy = ' || t.value || ' (postal ' || a.postal_code || ', ' || a.year || ')' AS reason
FROM postal_observation a
JOIN postal_observation t ON t.file_id = a.file_id AND t.postal_code = a.postal_code AND t.year = a.year AND t.variable = 'he_vakiy'
JOIN source_file f ON f.file_id = a.file_id
WHERE a.variable LIKE 'he\_%' ESCAPE '\' AND a.variable NOT IN ('he_vakiy', 'he_kika') AND a.value > t.value
UNION ALL
SELECT f.file, a.line, 'age', 'age ' || a.age || ' = ' || a.value || ' exceeds the total ' || t.value || ' (area ' || a.area_code || ', ' || a.year || ')'
FROM subarea_observation a
JOIN subarea_observation t ON t.file_id = a.file_id AND t.area_code = a.area_code AND t.year = a.year
  AND t.variable = a.variable AND t.sex = a.sex AND t.language = a.language AND t.age = 'total'
JOIN source_file f ON f.file_id = a.file_id
WHERE a.variable = 'population' AND a.age <> 'total' AND a.value > t.value
ORDER BY 1, 2
