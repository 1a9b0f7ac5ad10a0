-- source: Flink TemporalTypesTest.testTemporalShanghai (FLOOR(ltz '2018-05-02 21:00:01' TO QUARTER) 2018-04-01 00:00:00, CEIL(ltz '2018-04-02 21:00:01' TO QUARTER) 2018-07-01 00:00:00, CEIL(ltz '2018-03-01 00:00:00' TO DAY) itself, CEIL(ltz '2018-03-31 00:00:01' TO DAY) 2018-04-01; ltz = CAST(TIMESTAMP ... AS TIMESTAMP_LTZ(0)) in Asia/Shanghai, printed in the session zone)
SET 'table.local-time-zone' = 'Asia/Shanghai';
CREATE TABLE t (
  ts TIMESTAMP(0)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT FLOOR(CAST(ts AS TIMESTAMP_LTZ(0)) TO QUARTER) AS fq, CEIL(CAST(ts AS TIMESTAMP_LTZ(0)) TO QUARTER) AS cq, CEIL(CAST(ts AS TIMESTAMP_LTZ(0)) TO DAY) AS cd FROM t;
