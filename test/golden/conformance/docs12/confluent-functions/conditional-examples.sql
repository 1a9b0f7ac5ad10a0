-- source: https://docs.confluent.io/cloud/current/flink/reference/functions/conditional-functions.html (Confluent Cloud for Apache Flink, Conditional Functions: the examples' stated results)
SELECT
  COALESCE(CAST(COALESCE(NULL, 'default') AS STRING), 'NULL') AS c1,
  COALESCE(CAST(GREATEST(1, 2, 3, 4) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(GREATEST('a', 'b', 'c', 'd') AS STRING), 'NULL') AS c3,
  COALESCE(CAST(IF(5 > 3, 5, 3) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(IS_ALPHA('42') AS STRING), 'NULL') AS c5,
  COALESCE(CAST(IS_ALPHA('string') AS STRING), 'NULL') AS c6,
  COALESCE(CAST(IS_DECIMAL('23') AS STRING), 'NULL') AS c7,
  COALESCE(CAST(IS_DECIMAL('not a number') AS STRING), 'NULL') AS c8,
  COALESCE(CAST(IS_DIGIT('23') AS STRING), 'NULL') AS c9,
  COALESCE(CAST(IS_DIGIT('2 not a digit 3') AS STRING), 'NULL') AS c10,
  COALESCE(CAST(LEAST(1, 2, 3, 4) AS STRING), 'NULL') AS c11,
  COALESCE(CAST(LEAST('a', 'b', 'c', 'd') AS STRING), 'NULL') AS c12,
  COALESCE(CAST(NULLIF(5, 5) AS STRING), 'NULL') AS c13,
  COALESCE(CAST(NULLIF(5, 0) AS STRING), 'NULL') AS c14;
