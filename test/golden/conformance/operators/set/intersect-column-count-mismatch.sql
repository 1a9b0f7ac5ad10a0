-- source: Calcite validator message for set operations with different column counts ("Column count mismatch in INTERSECT")
-- fail: Column count mismatch in INTERSECT
SELECT 1, 2 INTERSECT SELECT 1;
