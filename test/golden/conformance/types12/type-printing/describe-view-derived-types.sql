-- source: Flink DESCRIBE of a view: the derived column types (v + 1 INT, DECIMAL(5, 2) / INT is findDivisionDecimalType DECIMAL(16, 13), ROW(k, v) ROW<`EXPR$0` STRING, `EXPR$1` INT> NOT NULL, ARRAY[v] ARRAY<INT> NOT NULL, a rowtime column stays *ROWTIME*, COALESCE with a NOT NULL last operand NOT NULL)
CREATE TABLE t (k STRING, v INT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE VIEW vv AS SELECT k, ts, v + 1 AS v1, CAST(v AS DECIMAL(5, 2)) / 3 AS dq, ROW(k, v) AS r, ARRAY[v] AS a, COALESCE(k, 'x') AS ck, MAP[k, ROW(v, ts)] AS m FROM t;
DESCRIBE vv;
