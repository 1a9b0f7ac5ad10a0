-- source: Flink docs, dev/table/timezone.md 'TIMESTAMP_LTZ string representation' (MyView2 / MyView3: in Asia/Shanghai ltz, CAST(ltz AS TIMESTAMP(3)), CAST(ltz AS STRING) are 1970-01-01 08:00:04.001, ntz and CAST(ntz AS TIMESTAMP_LTZ(3)) 1970-01-01 00:00:01.001; types and nullability from DESC MyView3; the casts aliased c1, c2, c4)
CREATE VIEW MyView2 AS SELECT TO_TIMESTAMP_LTZ(4001, 3) AS ltz, TIMESTAMP '1970-01-01 00:00:01.001' AS ntz;
CREATE VIEW MyView3 AS SELECT ltz, CAST(ltz AS TIMESTAMP(3)) AS c1, CAST(ltz AS STRING) AS c2, ntz, CAST(ntz AS TIMESTAMP_LTZ(3)) AS c4 FROM MyView2;
SET 'table.local-time-zone' = 'Asia/Shanghai';
SELECT * FROM MyView3;
DESC MyView3;
