-- source: Flink TemporalSortITCase#testOnlyEventTimeOrderBy (millisecond rowtimes, watermark 10 ms behind; rows with equal rowtime keep their arrival order: 1,Hi,2 before 1,Hi,1)
CREATE TABLE T (
  rowtime TIMESTAMP(3),
  key BIGINT,
  str STRING,
  `int` INT,
  WATERMARK FOR rowtime AS rowtime - INTERVAL '0.010' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT key, str, `int` FROM T ORDER BY rowtime;
