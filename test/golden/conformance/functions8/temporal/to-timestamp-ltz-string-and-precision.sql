-- source: Flink ToTimestampLtzFunction (a text is a wall-clock time read in UTC, or in the zone of the third argument; the zone read by ZoneId.of, whose DateTimeException for an unknown id ('PST', a wrongly cased region) is caught: NULL) and FLINK-39244 (fix version 2.3.0; release note: numeric precision p in 0..9 counts epoch units of 10^-p s, p 0..3 give TIMESTAMP_LTZ(3), 4..9 TIMESTAMP_LTZ(p); a format's trailing S letters give its precision, 3..9: FLINK-39666's longest-run rule came after 2.3), docs TO_TIMESTAMP_LTZ(string1[, string2[, string3]]) 'in time zone string3 (by default UTC)'; session zone Asia/Shanghai
SET 'table.local-time-zone' = 'Asia/Shanghai';
SELECT TO_TIMESTAMP_LTZ('1970-01-01 00:00:00') AS c0,
       TO_TIMESTAMP_LTZ('2023-01-01T10:00:00', 'yyyy-MM-dd''T''HH:mm:ss') AS c1,
       TO_TIMESTAMP_LTZ('2023-01-01 10:00:00', 'yyyy-MM-dd HH:mm:ss', 'UTC') AS c2,
       TO_TIMESTAMP_LTZ('2023-01-01 10:00:00', 'yyyy-MM-dd HH:mm:ss', 'Asia/Shanghai') AS c3,
       TO_TIMESTAMP_LTZ('2023-01-01 10:00:00', 'yyyy-MM-dd HH:mm:ss', 'Invalid/Zone') AS c4,
       TO_TIMESTAMP_LTZ(1234567, 6) AS c5,
       TO_TIMESTAMP_LTZ(1234567891, 9) AS c6,
       TO_TIMESTAMP_LTZ(15, 1) AS c7,
       TO_TIMESTAMP_LTZ(-28800000000001, 9) AS c8,
       TO_TIMESTAMP_LTZ(253402300800, 0) AS c9,
       TO_TIMESTAMP_LTZ('2023-01-01 10:00:00', 'yyyy-MM-dd HH:mm:ss', 'UTC+8') AS c10,
       TO_TIMESTAMP_LTZ('2023-01-01 10:00:00', 'yyyy-MM-dd HH:mm:ss', 'PST') AS c11,
       TO_TIMESTAMP_LTZ('2023-01-01 10:00:00', 'yyyy-MM-dd HH:mm:ss', 'asia/shanghai') AS c12,
       TO_TIMESTAMP_LTZ('1970-01-01 00:00:01.123456 Z', 'yyyy-MM-dd HH:mm:ss.SSSSSS X') AS c13;
