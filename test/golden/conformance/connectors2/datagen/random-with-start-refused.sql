-- source: Flink DataGenTableSourceFactoryTest#testWrongStartInRandom ("Unsupported options:" … "fields.f0.start"); by hand
-- fail: fields.f0.start
CREATE TABLE g (f0 BIGINT) WITH ('connector' = 'datagen', 'fields.f0.kind' = 'random', 'fields.f0.start' = '0');
SELECT f0 FROM g;
