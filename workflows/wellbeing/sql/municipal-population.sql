-- Population of every municipality and year: Sotkanet's population file (2000-2021, one division), and
-- the 1990-2012 indicator extract for the years before it.
SELECT o.municipality_code AS area, 'population' AS indicator, o.year::INTEGER AS year,
       arg_max(o.value, CASE f.source WHEN 'sotkanet-population' THEN 2 ELSE 1 END) AS value
FROM municipal_observation o JOIN source_file f USING (file_id)
WHERE o.variable = 'sotkanet_population' AND o.municipality_code IS NOT NULL AND o.value IS NOT NULL
GROUP BY ALL
ORDER BY area, year
