-- source: Flink UnnestITCase#testTumbleWindowAggregateWithCollectUnnest (TestData.tupleData3 with rowtime = b milliseconds, watermark offset 0; COLLECT(b) per b in a 3-second TUMBLE group window, then UNNEST, b < 3; expected 1,1 2,2 2,2), restated with the rowtime as a computed TO_TIMESTAMP_LTZ(b, 3)
-- order: any
CREATE TABLE T (a INT, b BIGINT, c STRING, rowtime AS TO_TIMESTAMP_LTZ(b, 3), WATERMARK FOR rowtime AS rowtime) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
WITH T1 AS (SELECT b, COLLECT(b) as `set`
    FROM T
    GROUP BY b, TUMBLE(rowtime, INTERVAL '3' SECOND)
)
SELECT b, s FROM T1, UNNEST(T1.`set`) AS A(s) where b < 3;
