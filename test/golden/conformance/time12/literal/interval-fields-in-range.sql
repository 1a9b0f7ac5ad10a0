-- source: Calcite SqlIntervalQualifier (the leading field takes any value within its precision, the others their full range: INTERVAL '1 23' DAY TO HOUR, '1:59' HOUR TO MINUTE, '1-11' YEAR TO MONTH, '2 23:59:59.999' DAY TO SECOND are valid); printed as Flink's interval strings (TemporalTypesTest style), by hand
CREATE TABLE t (
  k INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT CAST(INTERVAL '1 23' DAY TO HOUR AS STRING) AS a, CAST(INTERVAL '1:59' HOUR TO MINUTE AS STRING) AS b, CAST(INTERVAL '1-11' YEAR TO MONTH AS STRING) AS c, CAST(INTERVAL '2 23:59:59.999' DAY TO SECOND AS STRING) AS d, CAST(INTERVAL '-1 02:03' DAY TO MINUTE AS STRING) AS e FROM t;
