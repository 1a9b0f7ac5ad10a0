-- source: Flink RowFunctionITCase ("with field access": ROW(f0, f1) is ROW<EXPR$0 INT, EXPR$1 STRING> NOT NULL; "within cast": CAST((f0 + 12, 'Hello world') AS ROW<i INT, s STRING>) keeps the names and the row's NOT NULL; testCastToSmallIntAndTinyIntIfInputIsNonLiteral: ROW(CAST(a AS SMALLINT), CAST(b AS TINYINT)) over VALUES (1, 2) is ROW<EXPR$0 SMALLINT NOT NULL, EXPR$1 TINYINT NOT NULL> NOT NULL)
CREATE TABLE t (f0 INT, f1 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ROW(f0, f1) AS r0, CAST((f0 + 12, 'Hello world') AS ROW<i INT, s STRING>) AS r1 FROM t;
SELECT ROW(CAST(a AS SMALLINT), CAST(b AS TINYINT)) FROM (VALUES (1, 2)) AS T(a, b);
