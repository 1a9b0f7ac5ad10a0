-- source: Flink SqlNodeConvertUtils.toCatalogView (originalQuery = Calcite unparse: SELECT / FROM / WHERE each on its own line; expandedQuery = Expander: table fully qualified keeping its alias, columns qualified with the alias, != written <>) and ShowCreateUtil.buildShowCreateViewRow; by hand
CREATE TABLE orders (id INT, amount DOUBLE, customer STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE VIEW big AS SELECT o.id, amount * 2 AS doubled FROM orders AS o WHERE amount > 10 AND customer != 'x';
SHOW CREATE VIEW big;
