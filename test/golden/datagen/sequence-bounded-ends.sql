-- source: Flink docs (DataGen connector); by hand
-- order: strict
CREATE TABLE g (id BIGINT) WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence', 'fields.id.start' = '10', 'fields.id.end' = '12');
SELECT id FROM g;
