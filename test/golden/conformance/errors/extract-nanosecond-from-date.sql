-- source: Flink TimeFunctionsITCase (EXTRACT(NANOSECOND FROM <DATE>) fails validation: "NANOSECOND can not be applied")
-- fail: 6:8 NANOSECOND can not be applied
CREATE TABLE t (
  d DATE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT EXTRACT(NANOSECOND FROM d) AS n FROM t;
