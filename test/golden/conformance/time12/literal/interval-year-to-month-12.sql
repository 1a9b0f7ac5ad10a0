-- source: Calcite SqlIntervalQualifier (a field after the leading one must stay in its range: hours 0..23, minutes and seconds 0..59, months 0..11, isSecondaryFieldInRange) and its message RESOURCE.unsupportedIntervalLiteral; SqlValidatorTest: Illegal interval literal format '1-12' for INTERVAL YEAR TO MONTH
-- fail: 6:8 Illegal interval literal format '1-12' for INTERVAL YEAR TO MONTH
CREATE TABLE t (
  k INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT INTERVAL '1-12' YEAR TO MONTH AS v FROM t;
