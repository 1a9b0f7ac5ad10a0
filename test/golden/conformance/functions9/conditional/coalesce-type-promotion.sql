-- source: Flink CoalesceFunctionITCase typePromotion / constants: LEAST_RESTRICTIVE result type (LogicalTypeMerging: DECIMAL(5, 2) and DECIMAL(10, 4) give DECIMAL(10, 4)), NOT NULL when any operand is
CREATE TABLE t (i0 INT, i1 INT, i2 BIGINT NOT NULL, t0 TINYINT, t1 TINYINT, t2 INT NOT NULL, s0 TIMESTAMP(0), s1 TIMESTAMP(0), s2 TIMESTAMP(3) NOT NULL, d0 DECIMAL(5, 2), d1 DECIMAL(5, 2), d2 DECIMAL(10, 2) NOT NULL, e2 DECIMAL(10, 4) NOT NULL, c0 BIGINT, c1 INT, c2 INT NOT NULL) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT COALESCE(i0, i1, i2) AS p0,
       COALESCE(t0, t1, t2) AS p1,
       COALESCE(s0, s1, s2) AS p2,
       COALESCE(d0, d1, d2) AS p3,
       COALESCE(d0, d1, e2) AS p4,
       COALESCE(c0, c1) AS k0,
       COALESCE(c0, c2) AS k1,
       COALESCE(c1, c2) AS k2,
       COALESCE(c0, 1) AS k3
FROM t;
