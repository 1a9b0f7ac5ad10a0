-- source: Flink IfThenElseFunctionITCase (f0 INT 2): CASE WHEN f0 > 0 THEN 'GREATER' ELSE 'SMALLER' END is CHAR(7) NOT NULL, the nested CASE with 'EQUAL' is VARCHAR(7) NOT NULL
CREATE TABLE t (f0 INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CASE WHEN f0 > 0 THEN 'GREATER' ELSE 'SMALLER' END AS c0,
       CASE WHEN f0 > 0 THEN 'GREATER' ELSE CASE WHEN f0 = 0 THEN 'EQUAL' ELSE 'SMALLER' END END AS c1
FROM t;
