-- source: Flink DataGenTableSourceFactoryTest (flink-table-api-java-bridge) and the DataGen connector docs; by hand
-- order: strict
CREATE TABLE g (id BIGINT, d DECIMAL(6, 2)) WITH ('connector' = 'datagen', 'number-of-rows' = '2', 'fields.id.kind' = 'sequence', 'fields.id.start' = '50', 'fields.id.end' = '60', 'fields.d.kind' = 'sequence', 'fields.d.start' = '7', 'fields.d.end' = '9');
SELECT id, d FROM g;
