-- Planning views (issue 4). Run after transforms.sql: they read ece_unit (units.sql), source_file (schema.sql)
-- and the app tables scenario / plan_result (app-tables.sql, written by `npm run plan`).

CREATE VIEW public_units AS
SELECT u.unit_id, u.name_fi, u.name_sv, u.language, u.provider, u.lon, u.lat, u.postal_code, u.municipality_code,
       u.capacity_under3, u.capacity_3plus, u.floor_area_m2, u.opening_year::INTEGER AS opening_year,
       u.closing_year::INTEGER AS closing_year, u.preschool, u.synthetic, f.file AS source_file
FROM ece_unit u JOIN source_file f USING (file_id);

-- One row per scenario, postal area and year. 'baseline' exists after every `npm run plan`.
-- gap_places = demand_total - capacity_walk_total (positive: places missing); NULL capacity/gap/rag = the
-- municipality has no units in the registry; NULL demand = the source suppressed the area's child counts.
CREATE VIEW public_plan AS
SELECT scenario, postal_code, municipality_code, year::INTEGER AS year, is_forecast,
       children_0_2, children_3_6, children_6,
       demand_under3, demand_3plus_fullday, demand_3plus_partday, demand_preschool, demand_total, demand_total_lo80, demand_total_hi80,
       capacity_under3, capacity_3plus, capacity_total, capacity_walk_total, gap_places, gap_m2, fill_rate,
       staff_educators, staff_fte, "groups", floor_area_needed_m2, rag, synthetic_capacity,
       preschool_transport_needed, computed_at, basis
FROM plan_result;

CREATE VIEW public_scenarios AS SELECT name, author, created_at, document FROM scenario;
