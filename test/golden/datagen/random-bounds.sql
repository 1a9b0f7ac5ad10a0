-- source: Flink docs (DataGen connector); by hand
-- order: strict
CREATE TABLE g (v INT, d DOUBLE) WITH ('connector' = 'datagen', 'number-of-rows' = '50', 'fields.v.min' = '1', 'fields.v.max' = '3', 'fields.d.min' = '0', 'fields.d.max' = '1');
SELECT COUNT(*) AS n, MIN(v) >= 1 AND MAX(v) <= 3 AS v_ok, MIN(d) >= 0 AND MAX(d) <= 1 AS d_ok FROM (SELECT * FROM g) WHERE v IS NOT NULL HAVING COUNT(*) = 50;
