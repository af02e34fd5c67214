-- Helsinki's 2011 key figures by district (peruspiiri), with the district's population of all ages.
SELECT o.area_code AS area, o.area_name AS name, o.year::INTEGER AS year, o.variable, o.value, o.suppressed
FROM subarea_observation o
WHERE o.area_level = 'peruspiiri' AND o.year = $year AND o.age = 'total' AND o.sex = 'total' AND o.language = 'total'
  AND (list_contains(string_split($variables, ','), o.variable) OR o.variable = 'population')
ORDER BY area, variable
