-- source: Flink TemporalSortITCase#testEventTimeOrderByWithParallelInput (the 10 rows of testOnlyEventTimeOrderBy without the second 1 ms row; millisecond rowtimes, watermark 10 ms behind; expected in rowtime order 1,Hi,1 2,Hello,2 2,Hello world,3 ... 4,Comment#4,10)
CREATE TABLE T (
  rowtime TIMESTAMP(3),
  key BIGINT,
  str STRING,
  `int` INT,
  WATERMARK FOR rowtime AS rowtime - INTERVAL '0.010' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT key, str, `int` FROM T ORDER BY rowtime;
