-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 8:3 column 'prcie' not found
CREATE TABLE bid (
  price DOUBLE,
  item STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT item,
  prcie * 2 AS p FROM bid;
