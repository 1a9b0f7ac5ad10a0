-- source: Flink DataGenTableSourceFactoryTest (flink-table-api-java-bridge) and the DataGen connector docs; testSource (fields.f1.min 10 / max 100 bound the values) and testDataTypeCoverage (min/max per numeric type); by hand
-- order: final
CREATE TABLE g (f1 BIGINT, t TINYINT, d DECIMAL(32, 2), x DOUBLE) WITH ('connector' = 'datagen', 'number-of-rows' = '100', 'fields.f1.min' = '10', 'fields.f1.max' = '100', 'fields.t.min' = '0', 'fields.t.max' = '127', 'fields.d.min' = '1.0', 'fields.d.max' = '1000.0', 'fields.x.min' = '-1', 'fields.x.max' = '1');
SELECT COUNT(*) AS n, MIN(f1) >= 10 AND MAX(f1) <= 100 AS f1_ok, MIN(t) >= 0 AS t_ok, MIN(d) >= 1 AND MAX(d) <= 1000 AS d_ok, MIN(x) >= -1 AND MAX(x) <= 1 AS x_ok, COUNT(f1) AS not_null FROM g;
