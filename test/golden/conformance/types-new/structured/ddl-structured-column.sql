-- source: Flink 2.x SQL type syntax STRUCTURED<'class', attr type, …> (FLIP-520; StructuredFunctionsITCase uses it in CAST) read in DDL; DESCRIBE prints StructuredType#asSummaryString without NOT NULL and the nullability in its own column; OBJECT_OF values written into the columns (the INSERT checks the types are compatible)
-- order: strict
CREATE TABLE t (id INT, u STRUCTURED<'com.example.User', name STRING, age INT NOT NULL>, v STRUCTURED<'com.example.Empty'> NOT NULL, arr ARRAY<STRUCTURED<'p.Q', x DOUBLE>>) WITH ('connector' = 'blackhole');
DESCRIBE t;
INSERT INTO t SELECT 1, OBJECT_OF('com.example.User', 'name', 'Bob', 'age', 42), OBJECT_OF('com.example.Empty'), ARRAY[OBJECT_OF('p.Q', 'x', CAST(1.5 AS DOUBLE))];
