-- source: Flink sql-gateway statement_set.q / begin_statement_set.q ("Only 'INSERT/CREATE TABLE AS' statement is allowed in Statement Set"): the SQL client's BEGIN STATEMENT SET takes CREATE TABLE … AS besides INSERT; the set runs as one job at END, the CTAS table then holds its query's rows; by hand
-- order: any
CREATE TABLE src (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
CREATE TABLE other (b STRING) WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/other', 'format' = 'json');
BEGIN STATEMENT SET;
CREATE TABLE copy WITH ('connector' = 'filesystem', 'path' = '${tmpdir}/copy', 'format' = 'json') AS SELECT b, a + 1 AS a1 FROM src;
INSERT INTO other SELECT b FROM src WHERE a > 1;
END;
SELECT * FROM copy;
SELECT * FROM other;
