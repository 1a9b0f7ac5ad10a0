-- source: Flink LogicalTypeCasts#supportsConstructedCasting: an ARRAY casts implicitly only when its element does, so ARRAY<BIGINT> into ARRAY<INT> is 'Incompatible types for sink column'
-- fail: Incompatible types for sink column 'a' at position 0.
CREATE TABLE snk (a ARRAY<INT>) WITH ('connector' = 'blackhole');
INSERT INTO snk SELECT ARRAY[CAST(1 AS BIGINT)];
