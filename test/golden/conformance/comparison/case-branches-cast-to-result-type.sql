-- source: Flink DecimalTypeTest#testCaseWhen (`case f53 when 0 then f53 else f2 end` is 42.0000: every
-- branch is cast to the least restrictive type, DECIMAL(14, 4) for INT and DECIMAL(6, 4)), and
-- ScalarOperatorsTest#testOtherExpressions (a simple CASE with several values per WHEN).
CREATE TABLE t (
  i INT,
  d DECIMAL(6, 4)
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT
  CASE i WHEN 0 THEN d ELSE i END AS c1,
  COALESCE(d, i) AS c2,
  IF(i = 0, d, i) AS c3,
  CASE WHEN i > 0 THEN CAST(1.5 AS DECIMAL(3, 1)) ELSE CAST(2.25 AS DECIMAL(4, 2)) END AS c4,
  CASE i WHEN 1, 2 THEN 'one or two' WHEN 2 THEN 'not possible' WHEN 42, 2 THEN 'forty-two' ELSE 'none' END AS c5
FROM t;
