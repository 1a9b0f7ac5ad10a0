-- source: Flink DataGenTableSourceFactoryTest#testWrongTypes ("Could not parse value 'Wrong' for key 'fields.f0.start'"); by hand
-- fail: Could not parse value 'Wrong' for key 'fields.f0.start'
CREATE TABLE g (f0 BIGINT) WITH ('connector' = 'datagen', 'fields.f0.kind' = 'sequence', 'fields.f0.start' = 'Wrong', 'fields.f0.end' = 'Wrong');
SELECT f0 FROM g;
