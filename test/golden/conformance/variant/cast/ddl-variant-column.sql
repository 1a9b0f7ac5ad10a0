-- source: Flink Data Types page (VARIANT, nullable by default; NOT NULL prints as "VARIANT NOT NULL" in DESCRIBE) — DDL parsing of the type
-- order: strict
CREATE TABLE t (id INT, v VARIANT, w VARIANT NOT NULL, arr ARRAY<VARIANT>) WITH ('connector' = 'datagen', 'number-of-rows' = '0');
DESCRIBE t;
