-- source: Flink CastFunctionMiscITCase: the x'....' binary syntax through BINARY(n) to VARCHAR; explicit CAST of a nested ROW whose inner NOT NULL is ignored in SQL (the outer ROW is nullable and the cast derives the nullability from the operand)
CREATE TABLE t (f0 ROW<r ROW<i1 INT, i2 INT, i3 INT>, s STRING>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(CAST(x'68656C6C6F20636F6465' AS BINARY(10)) AS VARCHAR) AS b1,
       CAST(CAST(x'68656C6C6F20636F6465' AS BINARY(5)) AS VARCHAR) AS b2,
       CAST(f0 AS ROW<r ROW<s STRING NOT NULL, b BOOLEAN, i INT>, s STRING>) AS r1
FROM t;
