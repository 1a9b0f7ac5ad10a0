-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand
-- fail: 7:8 did you mean 'price'
CREATE TABLE bid (
  price DOUBLE,
  item STRING
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT prcie FROM bid;
