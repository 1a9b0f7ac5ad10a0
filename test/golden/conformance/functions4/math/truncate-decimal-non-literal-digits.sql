-- source: Flink ScalarFunctionsTest#testTruncate: truncate(f31, f7) is -0.123 for f31 DECIMAL(38, 19) -0.1231231321321321111 and f7 INT 3: the type stays DECIMAL(38, 19) (FlinkReturnTypes.ROUND_FUNCTION: no literal digits) but SqlFunctionUtils.struncate returns a DecimalData of scale 3, which CAST to STRING prints as it is
CREATE TABLE t (f2 TINYINT, f3 SMALLINT, f4 BIGINT, f5 FLOAT, f7 INT, f9 TINYINT, f10 SMALLINT, f11 BIGINT, f12 FLOAT, f13 DOUBLE, f15 DECIMAL(38, 19), f22 DECIMAL(38, 19), f28 FLOAT, f29 DOUBLE, f30 INT, f31 DECIMAL(38, 19), f32 INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(TRUNCATE(f31, f7) AS STRING) AS c
FROM t;
