-- source: Flink TemporalTypesTest.testInvalidInputCase / testTypeInferenceWithInvalidInput / testNullableCases (DATE_FORMAT, TO_TIMESTAMP with a format, TO_DATE and CONVERT_TZ of 'invalid value' or NULL are NULL)
CREATE TABLE t (
  s STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT DATE_FORMAT(s, 'yyyy/MM/dd HH:mm:ss') AS a, TO_TIMESTAMP(s, 'yyyy-MM-dd') AS b, TO_DATE(s) AS c, CONVERT_TZ(s, 'UTC', 'Asia/Shanghai') AS d FROM t;
