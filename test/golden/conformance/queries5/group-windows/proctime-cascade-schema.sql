-- source: Flink GroupWindowITCase#testProctimeCascadeWindowAgg (the resolved schema only, proctime results being non-deterministic: key BIGINT NOT NULL, window_start TIMESTAMP(3) NOT NULL, the second window_start renamed window_start0, window_proctime TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*, v1 and v2 TIMESTAMP(3) NOT NULL); here on an empty input, so only the columns line
CREATE TABLE testTable (
 `ts` STRING,
 `int` INT,
 `double` DOUBLE,
 `float` FLOAT,
 `bigdec` DECIMAL(10, 2),
 `string` STRING,
 `name` STRING,
 `rowtime` AS TO_TIMESTAMP(`ts`),
 proctime as PROCTIME(),
 WATERMARK for `rowtime` AS `rowtime` - INTERVAL '0.01' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
 SELECT
  cnt AS key,
  TUMBLE_START(pt1, INTERVAL '0.01' SECOND) AS window_start,
  TUMBLE_END(pt1, INTERVAL '0.01' SECOND) AS window_start,
  TUMBLE_PROCTIME(pt1, INTERVAL '0.01' SECOND) as window_proctime,
  MAX(s1) AS v1,
  MAX(e1) AS v2
 FROM
 (SELECT
   TUMBLE_START(proctime, INTERVAL '0.005' SECOND) as s1,
   TUMBLE_END(proctime, INTERVAL '0.005' SECOND) e1,
   TUMBLE_PROCTIME(proctime, INTERVAL '0.005' SECOND) as pt1,
   COUNT(name) as cnt
  FROM testTable
  GROUP BY 'a', TUMBLE(proctime, INTERVAL '0.005' SECOND)
  ) as T
 GROUP BY cnt, TUMBLE(pt1, INTERVAL '0.01' SECOND);
