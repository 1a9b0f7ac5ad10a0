-- source: Flink ScalarOperatorGens.generateTimestampLtzMinus (TIMESTAMPDIFF of two TIMESTAMP_LTZ values works on their epoch milliseconds: getMillisecond() - getMillisecond() for day-time units, SUBTRACT_MONTHS on the same UTC millis for months), so the session zone does not matter: America/Los_Angeles local midnights of 2024-03-10 and 2024-03-11 are 23 hours apart; 2024-01-31 20:00 PST (2024-02-01 04:00Z) to 2024-02-29 20:00 PST (2024-03-01 04:00Z) is 1 month; LTZ + INTERVAL adds milliseconds; by hand
SET 'sql.local-time-zone' = 'America/Los_Angeles';
SELECT
  TIMESTAMPDIFF(HOUR, CAST('2024-03-10 00:00:00' AS TIMESTAMP_LTZ(3)), CAST('2024-03-11 00:00:00' AS TIMESTAMP_LTZ(3))) AS h,
  TIMESTAMPDIFF(DAY, CAST('2024-03-10 00:00:00' AS TIMESTAMP_LTZ(3)), CAST('2024-03-11 00:00:00' AS TIMESTAMP_LTZ(3))) AS d,
  TIMESTAMPDIFF(MINUTE, CAST('2024-11-03 00:30:00' AS TIMESTAMP_LTZ(3)), CAST('2024-11-03 01:30:00' AS TIMESTAMP_LTZ(3))) AS m,
  TIMESTAMPDIFF(MONTH, CAST('2024-01-31 20:00:00' AS TIMESTAMP_LTZ(3)), CAST('2024-02-29 20:00:00' AS TIMESTAMP_LTZ(3))) AS mo,
  CAST('2024-03-09 12:00:00' AS TIMESTAMP_LTZ(3)) + INTERVAL '1' DAY AS plus_day,
  CAST('2024-03-10 01:00:00' AS TIMESTAMP_LTZ(3)) + INTERVAL '2' HOUR AS plus_hours,
  CAST('2024-11-03 00:30:00' AS TIMESTAMP_LTZ(3)) + INTERVAL '90' MINUTE AS plus_minutes;
