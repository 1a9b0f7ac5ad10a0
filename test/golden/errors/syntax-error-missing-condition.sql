-- source: issue 7 (validation with precise errors) and Flink/Calcite messages; positions by hand; a script is cut at ";", so the end of input is the character before it (JavaCC reports <EOF> at the last character read: FlinkSqlParserImplTest#testUseModules)
-- fail: 9:28 expected
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id FROM orders WHERE ;
