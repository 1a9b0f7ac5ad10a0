-- source: Flink ValuesITCase#testValues (output type INT, VARCHAR(5): ragged CHAR literals become VARCHAR)
SELECT * FROM (VALUES (1, 'Bob'), (1, 'Alice')) T(a, b);
