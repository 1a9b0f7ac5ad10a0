-- source: Flink TableSourceITCase#testTableSourceWithFilterable (TestLegacyFilterableTableSource.defaultRows: Record_i, id i, amount i, price i; amount > 4 AND price < 9; expected 5,5,Record_5 to 8,8,Record_8), here on rows 1 to 10
CREATE TABLE FilterableTable (name STRING, id BIGINT, amount INT, price DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, amount, name FROM FilterableTable WHERE amount > 4 AND price < 9;
