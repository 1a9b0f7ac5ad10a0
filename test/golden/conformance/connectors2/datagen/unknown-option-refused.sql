-- source: Flink DataGenTableSourceFactoryTest#testWrongKey ("Unsupported options:" … "wrong-rows-per-second"); by hand
-- fail: wrong-rows-per-second
CREATE TABLE g (f0 BIGINT) WITH ('connector' = 'datagen', 'wrong-rows-per-second' = '1');
SELECT f0 FROM g;
