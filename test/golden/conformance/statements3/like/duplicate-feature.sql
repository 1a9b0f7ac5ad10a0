-- source: SqlTableLike#validate (FlinkSqlParserImplTest / SqlTableLikeTest): a feature given twice
-- fail: Each like option feature can be declared only once.
CREATE TABLE p (a INT, b BIGINT, c AS a + 1, ts TIMESTAMP(3), PRIMARY KEY (a) NOT ENFORCED, WATERMARK FOR ts AS ts) PARTITIONED BY (b) WITH ('connector' = 'datagen', 'number-of-rows' = '1');
CREATE TABLE d (x INT) LIKE p (INCLUDING ALL EXCLUDING ALL);
