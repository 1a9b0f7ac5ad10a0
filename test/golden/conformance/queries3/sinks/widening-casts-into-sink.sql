-- source: Flink DynamicSinkUtils#validateSchemaAndApplyImplicitCast with LogicalTypeCasts' implicit rules: TINYINT into BIGINT, INT into DOUBLE, DOUBLE into DECIMAL (DECIMAL takes the whole NUMERIC family), CHAR into STRING are widening casts the planner adds; read back from the filesystem sink
CREATE TABLE snk (a BIGINT, b DOUBLE, d DECIMAL(10, 2), s STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO snk SELECT CAST(7 AS TINYINT), 3, CAST(1.25 AS DOUBLE), 'x';
SELECT * FROM snk;
