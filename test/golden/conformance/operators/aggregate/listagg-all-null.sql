-- source: Flink AggregateITCase#testListAggWithNullData and #testListAggWithoutDelimiterTreatNull (only NULLs: LISTAGG is NULL; expected 1,null)
-- order: final
CREATE TABLE T (id INT, len INT, content STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT len, listagg(content, '#') FROM T GROUP BY len;
SELECT len, listagg(content) FROM T GROUP BY len;
