-- source: Flink StringFunctionsITCase concatenateTestCases (f0 'Beginning', f1 ' Middle ', f2 'Ending'): concat(concat(f0, f1), f2) and concat(f0, f1, f2) are 'Beginning Middle Ending', STRING
CREATE TABLE t (f0 STRING, f1 STRING, f2 STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT concat(concat(f0, f1), f2) AS c0, concat(f0, f1, f2) AS c1, f0 || f1 || f2 AS c2 FROM t;
