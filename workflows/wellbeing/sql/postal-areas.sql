-- Names of the postal areas and the municipality each belongs to.
SELECT postal_code AS area, name_fi, name_sv, municipality_code FROM public_areas ORDER BY postal_code
