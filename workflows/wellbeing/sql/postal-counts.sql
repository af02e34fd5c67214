-- Paavo values the postal factors are computed from (counts, medians, floor area), with the population
-- of the area; one value per postal code, year and variable (postal_value applies release priority).
SELECT v.postal_code AS area, v.municipality_code AS municipality, v.year::INTEGER AS year, v.variable, v.value, v.suppressed
FROM postal_value v
WHERE list_contains(string_split($variables, ','), v.variable)
ORDER BY area, year, variable
