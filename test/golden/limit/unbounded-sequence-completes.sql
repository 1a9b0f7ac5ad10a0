-- source: issue 7: LIMIT on an unbounded datagen sequence
CREATE TABLE g (id BIGINT) WITH ('connector' = 'datagen', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '100000000');
SELECT id * 10 AS x FROM g LIMIT 4;
