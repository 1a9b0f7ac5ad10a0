-- source: Flink DataGenTableSourceFactoryTest#testLackStartForSequence; by hand
-- fail: Could not find required property 'fields.f0.start' for sequence generator.
CREATE TABLE g (f0 BIGINT) WITH ('connector' = 'datagen', 'fields.f0.kind' = 'sequence', 'fields.f0.end' = '100');
SELECT f0 FROM g;
