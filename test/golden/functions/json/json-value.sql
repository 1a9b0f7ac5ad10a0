-- source: Flink docs, System (Built-in) Functions (JSON: "When omitted, it defaults to the strict mode"); by hand: $.missing in strict mode is an error (SqlJsonUtils#jsonApiCommonSyntax), so DEFAULT … ON EMPTY does not apply and the default NULL ON ERROR gives NULL
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT JSON_VALUE(s, '$.a') AS a, JSON_VALUE(s, '$.b') AS b, JSON_VALUE(s, '$.missing') AS m, JSON_VALUE(s, '$.a' RETURNING INT) AS ai, JSON_VALUE(s, '$.missing' DEFAULT 'dflt' ON EMPTY) AS d FROM t;
