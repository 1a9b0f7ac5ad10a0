-- source: Flink TemporalTypesTest testInvalidInputCase / testNullableCases / testTemporalNullValues (invalid text gives NULL)
SELECT DATE_FORMAT('invalid value', 'yyyy/MM/dd HH:mm:ss') AS a,
       TO_TIMESTAMP('invalid value', 'yyyy-MM-dd') AS b,
       TO_DATE('invalid value') AS c,
       CONVERT_TZ('invalid value', 'UTC', 'Asia/Shanghai') AS d,
       TO_TIMESTAMP(SUBSTRING('', 2, -1)) AS e,
       FROM_UNIXTIME(CAST(NULL AS BIGINT)) AS f,
       TO_TIMESTAMP_LTZ(CAST(NULL AS BIGINT), 0) AS g,
       TO_DATE(CAST(NULL AS VARCHAR)) AS h;
