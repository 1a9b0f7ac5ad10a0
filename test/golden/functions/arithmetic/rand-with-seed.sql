-- source: Flink docs: RAND(INT) / RAND_INTEGER(INT1, INT2) return the sequence of java.util.Random(seed); values computed with the Java LCG by hand
CREATE TABLE t (
  id INT
) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, RAND(42) AS r, RAND_INTEGER(42, 10) AS ri FROM t;
