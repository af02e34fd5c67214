-- Names and regions of the municipalities (the newest key vintage).
SELECT municipality_code AS code, name_fi, name_sv, region_code, region_name
FROM municipality WHERE municipality_code <> 'SSS' ORDER BY municipality_code
