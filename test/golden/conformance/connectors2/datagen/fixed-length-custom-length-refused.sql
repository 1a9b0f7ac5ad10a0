-- source: Flink DataGenTableSourceFactoryTest#testFixedLengthDataType ("Custom length for fixed-length type (CHAR/BINARY) field 'f0' is not supported."); by hand
-- fail: Custom length for fixed-length type (CHAR/BINARY) field 'f0' is not supported.
CREATE TABLE g (f0 CHAR(50)) WITH ('connector' = 'datagen', 'number-of-rows' = '1', 'fields.f0.length' = '20');
SELECT f0 FROM g;
