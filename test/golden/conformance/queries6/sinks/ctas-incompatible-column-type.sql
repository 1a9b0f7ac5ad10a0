-- source: Flink MergeTableAsUtil#validateImplicitCastCompatibility (LogicalTypeCasts#supportsImplicitCast: BIGINT does not cast implicitly to INT; the position is the column's index in the declared list, the types their summary strings)
-- fail: Incompatible types for sink column 'votes' at position 1. The source column has type 'BIGINT', while the target column has type 'INT'.
CREATE TABLE src (person STRING, votes BIGINT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE t(p1 STRING, votes INT) WITH ('connector' = 'blackhole') AS SELECT person, votes FROM src;
