-- source: Flink DynamicSinkUtils#validateSchemaAndApplyImplicitCast: each query column must cast implicitly to its sink column (LogicalTypeCasts#supportsImplicitCast: INTEGER takes TINYINT, SMALLINT, INTEGER only), so COUNT(*) (BIGINT NOT NULL) into an INT column fails with the schema-mismatch text (query and sink schema as asSummaryString)
-- fail: Cause: Incompatible types for sink column 'cnt' at position 1.
CREATE TABLE src (name STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE snk (name STRING, cnt INT) WITH ('connector' = 'blackhole');
INSERT INTO snk SELECT name, COUNT(*) AS cnt FROM src GROUP BY name;
