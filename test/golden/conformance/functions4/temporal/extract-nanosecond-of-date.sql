-- source: Flink TimeFunctionsITCase extractTestCases: EXTRACT(NANOSECOND FROM f3) on a DATE fails validation "NANOSECOND can not be applied"
-- fail: 3:8 NANOSECOND can not be applied
SELECT EXTRACT(NANOSECOND FROM f3) AS x
FROM (VALUES (DATE '1990-10-14')) AS T(f3);
