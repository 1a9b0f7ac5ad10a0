-- source: Flink FirstValueWithRetractAggFunction / LastValueWithRetractAggFunction (values kept in arrival order; a retracted value leaves the list, an update's new value goes last; FIRST_VALUE / LAST_VALUE are the ends of what is left), FirstValueWithRetractAggFunctionWithoutOrderTest; updating input as an upsert view by id; A ends as [1 (id 4), 5 (id 2 updated)], B as [7]; computed by hand
-- order: final
CREATE TABLE t (id INT, k STRING, v INT, s STRING, del BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS
SELECT k, v, s
FROM (SELECT id, LAST_VALUE(k) AS k, LAST_VALUE(v) AS v, LAST_VALUE(s) AS s, LAST_VALUE(del) AS del FROM t GROUP BY id)
WHERE NOT del;
SELECT k, FIRST_VALUE(v) AS fv, LAST_VALUE(v) AS lv, FIRST_VALUE(s) AS fs, LAST_VALUE(s) AS ls, MIN(s) AS mins, MAX(v) AS maxv
FROM src GROUP BY k;
