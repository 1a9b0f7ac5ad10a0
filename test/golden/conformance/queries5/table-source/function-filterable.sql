-- source: Flink TableSourceITCase#testTableSourceWithFunctionFilterable (amount > 4 AND price < 9 AND upper(name) = 'RECORD_5'; expected 5,5,Record_5), here on rows 1 to 10
CREATE TABLE FilterableTable (name STRING, id BIGINT, amount INT, price DOUBLE) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, amount, name FROM FilterableTable WHERE amount > 4 AND price < 9 AND upper(name) = 'RECORD_5';
