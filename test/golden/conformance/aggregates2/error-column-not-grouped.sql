-- source: Calcite AggChecker: RESOURCE.notGroupExpr at the column
-- fail: 4:11 Expression 'v' is not being grouped
CREATE TABLE t (k STRING, v INT, s STRING, b BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT k, v FROM t GROUP BY k;
