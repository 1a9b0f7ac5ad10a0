-- source: Calcite SqlValidatorImpl#expandStar: a compound star whose prefix is neither a table alias nor a ROW column is an unknown identifier ("Unknown identifier 'id'", CompositeAccessValidationTest's unknown-name errors)
-- fail: 4:8 Unknown identifier 'id'
CREATE TABLE t (id INT, r ROW<a INT>) WITH ('connector' = 'filesystem', 'path' = '/nonexistent', 'format' = 'json');
SELECT id.* FROM t;
