-- source: DESIGN/issue 7: session time zone defaults to UTC; by hand
CREATE TABLE t (
  ms BIGINT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT FROM_UNIXTIME(ms / 1000) AS s FROM t;
