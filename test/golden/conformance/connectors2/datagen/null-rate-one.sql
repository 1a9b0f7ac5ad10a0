-- source: Flink DataGenTableSourceFactoryTest (flink-table-api-java-bridge) and the DataGen connector docs; testSource (null-rate 1: every value NULL); by hand
-- order: strict
CREATE TABLE g (id INT, s STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '5', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '5', 'fields.s.null-rate' = '1');
SELECT id, s FROM g;
