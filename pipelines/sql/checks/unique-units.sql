-- A unit id identifies one unit across all units files of a municipality.
SELECT f.file, u.line, 'unit_id' AS field, 'duplicate unit_id ' || u.unit_id || ' across units files' AS reason
FROM ece_unit u JOIN source_file f USING (file_id)
QUALIFY count(*) OVER (PARTITION BY u.unit_id) > 1 AND row_number() OVER (PARTITION BY u.unit_id ORDER BY f.file, u.line) > 1
ORDER BY f.file, u.line
