-- source: Flink ValuesITCase#testValues (SELECT * FROM (VALUES (1, 'Bob'), (1, 'Alice')) T(a, b): the sink's type is (INT, VARCHAR(5)): FlinkTypeSystem converts ragged CHAR unions to VARCHAR)
SELECT * FROM (VALUES (1, 'Bob'), (1, 'Alice')) T(a, b);
