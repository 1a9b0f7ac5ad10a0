-- source: https://docs.confluent.io/cloud/current/flink/reference/functions/numeric-functions.html (Confluent Cloud for Apache Flink, Numeric Functions: the examples' stated results)
SELECT
  COALESCE(CAST(SIN(PI()/2) AS STRING), 'NULL') AS c1,
  COALESCE(CAST(SIN(-PI()/2) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(SINH(0) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(SQRT(64) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(SQRT(100) AS STRING), 'NULL') AS c5,
  COALESCE(CAST(SQRT(144) AS STRING), 'NULL') AS c6,
  COALESCE(CAST(TAN(0) AS STRING), 'NULL') AS c7,
  COALESCE(CAST(TAN(PI()/4) AS STRING), 'NULL') AS c8,
  COALESCE(CAST(TANH(0) AS STRING), 'NULL') AS c9,
  COALESCE(CAST(TANH(5) AS STRING), 'NULL') AS c10;
