-- source: Flink docs (DataGen connector); by hand
-- order: strict
CREATE TABLE g (id INT, s STRING) WITH ('connector' = 'datagen', 'number-of-rows' = '5', 'fields.id.kind' = 'sequence', 'fields.id.start' = '1', 'fields.id.end' = '5', 'fields.s.length' = '4');
SELECT id, CHAR_LENGTH(s) AS len FROM g;
