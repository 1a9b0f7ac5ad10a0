-- source: Flink sql-client table.q "test explain select" / "test explain plan for select": a query's plan has no sink, every section's root is the query's last node (Optimized Execution Plan starts with the aggregate); Flink's text of GroupAggregate(groupBy=[…], select=[…, COUNT(*) AS c])
-- match: contains
CREATE TABLE orders (
  id INT,
  product STRING,
  amount INT,
  price DOUBLE
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
EXPLAIN SELECT product, COUNT(*) AS c FROM orders GROUP BY product;
EXPLAIN PLAN FOR SELECT product, COUNT(*) AS c FROM orders GROUP BY product;
