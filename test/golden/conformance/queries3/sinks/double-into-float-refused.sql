-- source: Flink LogicalTypeCasts#supportsImplicitCast: FLOAT is implicitly castable only from TINYINT, SMALLINT, INTEGER, BIGINT, FLOAT and DECIMAL, so a DOUBLE into a FLOAT sink column is refused by DynamicSinkUtils
-- fail: Incompatible types for sink column 'f' at position 0.
CREATE TABLE snk (f FLOAT) WITH ('connector' = 'blackhole');
INSERT INTO snk SELECT CAST(1.5 AS DOUBLE);
