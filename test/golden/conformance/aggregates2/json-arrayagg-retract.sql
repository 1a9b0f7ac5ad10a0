-- source: Flink JsonArrayAggFunction (a ListView: retract removes the value; ABSENT ON NULL by default; result VARCHAR(2000) NOT NULL, Calcite's SqlJsonArrayAggAggFunction type, as JsonAggregationFunctionsITCase); changelog by hand with GroupAggFunction's rules (no mini-batch: +I for a new key, nothing when the row is unchanged, -U/+U otherwise, -D when the key's row count reaches zero); the retracting input is a GROUP BY id over a +1/-1 weight column filtered on SUM(w) > 0 (each -1 row retracts its id's row)
CREATE TABLE t (id INT, k STRING, v STRING, w INT) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW src AS SELECT k, v FROM (SELECT id, k, v, SUM(w) AS n FROM t GROUP BY id, k, v) WHERE n > 0;
SELECT k, JSON_ARRAYAGG(v) AS j FROM src GROUP BY k;
