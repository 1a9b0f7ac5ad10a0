-- source: Flink StringFunctionsITCase printfTestCases (f0 STRING NULL, f2 INT 1024, f3 FLOAT 10.24, f4 '1024', f5 DATE 2024-07-30, f6 TIME 10:24, f7 TIMESTAMP 2024-07-30 10:24:00.000000256, f8 TIMESTAMP_LTZ, f10 TRUE, f11 DECIMAL(4, 2) 10.24): PRINTF formats Flink's internal values (DATE as epoch days, TIME as millis of the day, TIMESTAMP as LocalDateTime text); an invalid format gives NULL; result STRING (nullable)
CREATE TABLE t (f0 STRING, f1 STRING, f2 INT, f3 FLOAT, f4 STRING, f5 DATE, f6 TIME, f7 TIMESTAMP(6), f8 TIMESTAMP_LTZ(6), f10 BOOLEAN, f11 DECIMAL(4, 2)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT PRINTF(f0) AS p0, PRINTF('%d %s', f0, f0) AS p1, PRINTF('empty') AS p2, PRINTF('%s') AS p3,
       PRINTF('%s %s', 1, 2, 3) AS p4, PRINTF('%08d', f2) AS p5, PRINTF('%.1f', f3) AS p6, PRINTF('%s', f4) AS p7,
       PRINTF('%s', f5) AS p8, PRINTF('%s', f6) AS p9, PRINTF('%b', f10) AS p10, PRINTF('%s', f11) AS p11,
       PRINTF('%s', f7) AS p12, PRINTF('%s', f8) AS p13, PRINTF('%s', INTERVAL '5' HOUR) AS p14
FROM t;
