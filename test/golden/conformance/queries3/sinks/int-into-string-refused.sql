-- source: Flink LogicalTypeCasts#supportsImplicitCast: VARCHAR takes only the CHARACTER_STRING family implicitly, so an INT into a STRING sink column fails DynamicSinkUtils' check (an explicit CAST is needed)
-- fail: Incompatible types for sink column 's' at position 1.
CREATE TABLE snk (a INT, s STRING) WITH ('connector' = 'blackhole');
INSERT INTO snk SELECT 1, 2;
