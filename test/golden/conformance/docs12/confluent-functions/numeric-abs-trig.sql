-- source: https://docs.confluent.io/cloud/current/flink/reference/functions/numeric-functions.html (Confluent Cloud for Apache Flink, Numeric Functions: the examples' stated results); the ATAN example's second line calls ATAN2(1), a typo of the page, left out
SELECT
  COALESCE(CAST(ABS(-23) AS STRING), 'NULL') AS c1,
  COALESCE(CAST(ABS(23) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(ACOS(0) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(ACOS(1) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(ASIN(0) AS STRING), 'NULL') AS c5,
  COALESCE(CAST(ASIN(1) AS STRING), 'NULL') AS c6,
  COALESCE(CAST(ATAN(0) AS STRING), 'NULL') AS c7,
  COALESCE(CAST(ATAN2(0, 0) AS STRING), 'NULL') AS c8,
  COALESCE(CAST(ATAN2(1, 1) AS STRING), 'NULL') AS c9,
  COALESCE(CAST(COS(0) AS STRING), 'NULL') AS c10,
  COALESCE(CAST(COS(PI()/2) AS STRING), 'NULL') AS c11,
  COALESCE(CAST(COSH(0) AS STRING), 'NULL') AS c12,
  COALESCE(CAST(COT(PI()/2) AS STRING), 'NULL') AS c13,
  COALESCE(CAST(DEGREES(PI()/2) AS STRING), 'NULL') AS c14,
  COALESCE(CAST(DEGREES(PI()) AS STRING), 'NULL') AS c15,
  COALESCE(CAST(DEGREES(-PI()/4) AS STRING), 'NULL') AS c16;
