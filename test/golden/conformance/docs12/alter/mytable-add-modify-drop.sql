-- source: docs/content/docs/dev/table/sql/alter.md (ADD / MODIFY / DROP / RENAME examples on MyTable, run in the page's order); DESCRIBE results by hand from the page's semantics (positions FIRST / AFTER applied one column after the other, a primary key makes its column NOT NULL, computed column shown as its expanded SQL)
CREATE TABLE MyTable (id BIGINT, measurement INT, `data` STRING, col1 INT, col2 INT, col3 INT) WITH ('connector' = 'datagen');
ALTER TABLE MyTable ADD category_id STRING COMMENT 'identifier of the category';
ALTER TABLE MyTable ADD (
    log_ts STRING COMMENT 'log timestamp string' FIRST,
    ts AS TO_TIMESTAMP(log_ts) AFTER log_ts,
    PRIMARY KEY (id) NOT ENFORCED,
    WATERMARK FOR ts AS ts - INTERVAL '3' SECOND
);
DESCRIBE MyTable;
ALTER TABLE MyTable MODIFY measurement double COMMENT 'unit is bytes per second' AFTER `id`;
ALTER TABLE MyTable MODIFY (
    log_ts STRING COMMENT 'log timestamp string' AFTER `id`,  -- reorder columns
    ts AS TO_TIMESTAMP(log_ts) AFTER log_ts,
    PRIMARY KEY (id) NOT ENFORCED,
    WATERMARK FOR ts AS ts -- modify watermark strategy
);
DESCRIBE MyTable;
ALTER TABLE MyTable DROP measurement;
ALTER TABLE MyTable DROP (col1, col2, col3);
ALTER TABLE MyTable DROP PRIMARY KEY;
ALTER TABLE MyTable DROP WATERMARK;
ALTER TABLE MyTable RENAME `data` TO payload;
ALTER TABLE MyTable RENAME TO MyTable2;
DESCRIBE MyTable2;
