-- source: Flink LogicalTypeCasts (2.x): DATE and TIME are implicitly castable from TIMESTAMP, TIMESTAMP from TIMESTAMP_LTZ (in the session time zone, UTC here), so DynamicSinkUtils adds the casts; values as Flink's CAST gives them, read back from the filesystem sink
CREATE TABLE snk (d DATE, t TIME, ts TIMESTAMP(3)) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
INSERT INTO snk SELECT TIMESTAMP '2020-03-04 10:11:12', TIMESTAMP '2020-03-04 10:11:12', TO_TIMESTAMP_LTZ(1583316672000, 3);
SELECT * FROM snk;
