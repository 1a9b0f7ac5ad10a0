-- source: Flink sql-client table.q "test explain insert": the Abstract Syntax Tree starts with LogicalSink(table=[<catalog>.<database>.<table>], fields=[…]), the optimized plans with Sink(table=[…], fields=[…])
-- match: contains
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE orders2 (
  id INT,
  product STRING
) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}', 'format' = 'json');
EXPLAIN INSERT INTO orders2 SELECT id, product FROM orders;
EXPLAIN INSERT INTO orders2 SELECT id, product FROM orders;
