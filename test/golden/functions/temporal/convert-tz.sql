-- source: Flink docs, System (Built-in) Functions (examples there); by hand
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CONVERT_TZ(s, 'UTC', 'America/Los_Angeles') AS la, CONVERT_TZ(s, 'UTC', 'Asia/Kolkata') AS ist FROM t;
