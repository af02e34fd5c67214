-- Every postal code and every municipal row must resolve to a known municipality.
SELECT f.file, o.line, 'municipality' AS field,
       'unknown municipality ''' || coalesce(o.municipality_name, '?') || ''' for postal code ' || o.postal_code AS reason
FROM postal_observation o JOIN source_file f USING (file_id) WHERE o.municipality_code IS NULL
UNION ALL
SELECT f.file, o.line, 'municipality', 'unknown municipality ''' || coalesce(o.municipality_name, '?') || ''''
FROM municipal_observation o JOIN source_file f USING (file_id) WHERE o.municipality_code IS NULL
UNION ALL
SELECT f.file, o.line, 'postal_code', 'postal code ''' || o.postal_code || ''' is not five digits'
FROM postal_observation o JOIN source_file f USING (file_id) WHERE NOT regexp_full_match(o.postal_code, '\d{5}')
ORDER BY 1, 2
