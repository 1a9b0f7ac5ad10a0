-- source: Flink DataGenTableSourceFactoryTest (flink-table-api-java-bridge) and the DataGen connector docs; by hand
-- order: strict
CREATE TABLE g (id INT, s STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '10', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '3', 'fields.s.kind' = 'sequence', 'fields.s.start' = '100', 'fields.s.end' = '200');
SELECT id, s FROM g;
