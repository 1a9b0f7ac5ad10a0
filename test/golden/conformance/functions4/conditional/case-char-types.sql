-- source: Flink IfThenElseFunctionITCase (CASE over CHAR literals of equal length stays CHAR(7); a nested CASE mixing lengths is VARCHAR(7): FlinkTypeSystem.shouldConvertRaggedUnionTypesToVarying)
CREATE TABLE t (f0 INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CASE WHEN f0 > 0 THEN 'GREATER' ELSE 'SMALLER' END AS a,
       CASE WHEN f0 > 0 THEN 'GREATER' ELSE CASE WHEN f0 = 0 THEN 'EQUAL' ELSE 'SMALLER' END END AS b,
       CASE WHEN f0 < 0 THEN 'GREATER' ELSE CASE WHEN f0 > 0 THEN 'EQUAL' ELSE 'SMALLER' END END AS c
FROM t;
