-- source: Flink SchemaConverter / SchemaBuilderUtil: ALTER TABLE ADD / MODIFY column types go through toLogicalType(toRelDataType(spec)) like CREATE TABLE's (TIME(p) -> TIME(0), INTERVAL DAY TO SECOND -> INTERVAL SECOND(3), INTERVAL YEAR -> INTERVAL MONTH); table.q prints DESCRIBE after each ALTER
CREATE TABLE t (a INT) WITH ('connector' = 'datagen', 'number-of-rows' = '0');
ALTER TABLE t ADD (b TIME(3), c INTERVAL DAY TO SECOND);
ALTER TABLE t MODIFY a INTERVAL YEAR;
DESCRIBE t;
