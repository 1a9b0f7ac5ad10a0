-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  d DATE,
  ts TIMESTAMP(3)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CURRENT_DATE IS NOT NULL AS a, CHAR_LENGTH(CAST(CURRENT_TIMESTAMP AS STRING)) AS b, CHAR_LENGTH(CAST(LOCALTIMESTAMP AS STRING)) AS c, CHAR_LENGTH(CAST(CURRENT_TIME AS STRING)) AS e FROM t;
