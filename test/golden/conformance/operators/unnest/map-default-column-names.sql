-- source: Calcite SqlUnnestOperator (an unaliased UNNEST of a MAP has the columns KEY and VALUE, then ORDINALITY), as Flink's validator derives them
CREATE TABLE T (id INT, m MAP<STRING, INT>) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT * FROM T CROSS JOIN UNNEST(T.m) WITH ORDINALITY;
