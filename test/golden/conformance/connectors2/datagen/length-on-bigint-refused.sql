-- source: Flink DataGenTableSourceFactoryTest#testWrongLenInRandomLong ("Unsupported options:" … "fields.f0.length"); by hand
-- fail: fields.f0.length
CREATE TABLE g (f0 BIGINT) WITH ('connector' = 'datagen', 'fields.f0.kind' = 'random', 'fields.f0.length' = '100');
SELECT f0 FROM g;
