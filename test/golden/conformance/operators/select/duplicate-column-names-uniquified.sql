-- source: Calcite SqlValidatorImpl.expandSelectItem as Flink runs it (SqlValidatorUtil.uniquify with EXPR_SUGGESTER: a repeated select-list name gets the first free suffix 0, 1, ...; the same makes a join's second `id` `id0`)
CREATE TABLE t (a INT, b STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT a, a, b AS a FROM t;
SELECT * FROM (SELECT a, a FROM t) WHERE a0 > 1;
