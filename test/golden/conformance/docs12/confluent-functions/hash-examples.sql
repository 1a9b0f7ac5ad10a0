-- source: https://docs.confluent.io/cloud/current/flink/reference/functions/hash-functions.html (Confluent Cloud for Apache Flink, Hash Functions: the page gives the first 27 hex digits of each hash of 'string-to-hash' and the digit counts 32 / 40 / 56 / 64 / 96 / 128)
SELECT
  COALESCE(CAST(LEFT(MD5('string-to-hash'), 27) AS STRING), 'NULL') AS c1,
  COALESCE(CAST(LEFT(SHA1('string-to-hash'), 27) AS STRING), 'NULL') AS c2,
  COALESCE(CAST(LEFT(SHA2('string-to-hash', 512), 27) AS STRING), 'NULL') AS c3,
  COALESCE(CAST(LEFT(SHA224('string-to-hash'), 27) AS STRING), 'NULL') AS c4,
  COALESCE(CAST(LEFT(SHA256('string-to-hash'), 27) AS STRING), 'NULL') AS c5,
  COALESCE(CAST(LEFT(SHA384('string-to-hash'), 27) AS STRING), 'NULL') AS c6,
  COALESCE(CAST(LEFT(SHA512('string-to-hash'), 27) AS STRING), 'NULL') AS c7,
  COALESCE(CAST(CHAR_LENGTH(MD5('string-to-hash')) AS STRING), 'NULL') AS c8,
  COALESCE(CAST(CHAR_LENGTH(SHA1('string-to-hash')) AS STRING), 'NULL') AS c9,
  COALESCE(CAST(CHAR_LENGTH(SHA224('string-to-hash')) AS STRING), 'NULL') AS c10,
  COALESCE(CAST(CHAR_LENGTH(SHA256('string-to-hash')) AS STRING), 'NULL') AS c11,
  COALESCE(CAST(CHAR_LENGTH(SHA384('string-to-hash')) AS STRING), 'NULL') AS c12,
  COALESCE(CAST(CHAR_LENGTH(SHA512('string-to-hash')) AS STRING), 'NULL') AS c13,
  COALESCE(CAST(MD5(CAST(NULL AS STRING)) AS STRING), 'NULL') AS c14,
  COALESCE(CAST(SHA2('string-to-hash', CAST(NULL AS INT)) AS STRING), 'NULL') AS c15;
