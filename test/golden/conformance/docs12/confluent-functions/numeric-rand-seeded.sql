-- source: https://docs.confluent.io/cloud/current/flink/reference/functions/numeric-functions.html (Confluent Cloud for Apache Flink, Numeric Functions: the examples' stated results) (RAND(INT) and RAND_INTEGER(INT, INT): the first value of java.util.Random with that seed; RAND_INTEGER(INT) without seed is random and left out)
SELECT
  COALESCE(CAST(RAND(23) AS STRING), 'NULL') AS c1,
  COALESCE(CAST(RAND(42) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(RAND_INTEGER(23, 1000) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(RAND_INTEGER(42, 10000) AS STRING), 'NULL') AS c4;
