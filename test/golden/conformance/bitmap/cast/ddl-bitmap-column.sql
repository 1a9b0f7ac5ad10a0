-- source: Flink 2.3 BitmapType (FLIP-556): type name BITMAP, nullable by default, asSummaryString "BITMAP"; DESCRIBE prints the type without NOT NULL and the nullability in its own column — DDL parsing of the type, and a BITMAP value written into it
-- order: strict
CREATE TABLE t (id INT, b BITMAP, c BITMAP NOT NULL, arr ARRAY<BITMAP>) WITH ('connector' = 'blackhole');
DESCRIBE t;
INSERT INTO t SELECT 1, BITMAP_BUILD(ARRAY[1, 2]), BITMAP_BUILD(ARRAY[3]), ARRAY[BITMAP_BUILD(ARRAY[4])];
