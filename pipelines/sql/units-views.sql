-- The ECE units register as the product reads it (run after transforms.sql; ece_unit is loaded by units.sql).
-- Forecasts, plans and scenarios are not open data: they live in the derived store and the app store.
CREATE VIEW public_units AS
SELECT u.unit_id, u.name_fi, u.name_sv, u.language, u.provider, u.lon, u.lat, u.postal_code, u.municipality_code,
       u.capacity_under3, u.capacity_3plus, u.floor_area_m2, u.opening_year::INTEGER AS opening_year,
       u.closing_year::INTEGER AS closing_year, u.preschool, u.synthetic, f.file AS source_file, f.sha256 AS source_sha256
FROM ece_unit u JOIN source_file f USING (file_id);
