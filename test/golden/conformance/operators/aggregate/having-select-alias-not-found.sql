-- source: Calcite validation as Flink configures it (FlinkSqlConformance: isHavingAlias false): a select alias in HAVING is an unknown column, "Column 'c' not found in any table"
-- fail: 4:50 Column 'c' not found
CREATE TABLE t (a INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, COUNT(*) AS c FROM t GROUP BY a HAVING c > 1;
