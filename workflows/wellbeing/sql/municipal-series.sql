-- Municipal values of the catalogue's variables (published, not withheld), one per municipality, year
-- and variable. Two sources may publish one code (sotkanet_population); the list names the codes, and
-- a code published twice keeps the value of the source loaded last.
SELECT o.municipality_code AS area, o.variable AS indicator, o.year::INTEGER AS year, arg_max(o.value, o.file_id) AS value
FROM municipal_observation o
WHERE list_contains(string_split($variables, ','), o.variable)
  AND o.municipality_code IS NOT NULL AND o.municipality_code <> 'SSS'
  AND o.value IS NOT NULL AND NOT o.suppressed
GROUP BY ALL
ORDER BY area, indicator, year
