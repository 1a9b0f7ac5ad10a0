-- source: Calcite / Flink result types of integer arithmetic: the least restrictive integer type (TINYINT * TINYINT is TINYINT, TINYINT / SMALLINT SMALLINT, 7 / 2 integer division), MOD / % the divisor's type (Calcite ARG1_NULLABLE: BIGINT % INT is INT); overflow wraps as the generated Java code's narrowing cast (DecimalTypeTest testDecimalBorders: CAST(-128 AS TINYINT) - CAST(1 AS TINYINT) is 127, CAST(-2147483648 AS INT) - 1 is 2147483647); INT / DECIMAL and DECIMAL / INT by findDivisionDecimalType; FLOAT / INT FLOAT, DOUBLE / 0 Infinity and 0.0 / 0 NaN (Java)
CREATE TABLE t (ti TINYINT, si SMALLINT, i INT, bi BIGINT, f FLOAT, d DOUBLE, z DOUBLE, de DECIMAL(3, 0)) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT ti * CAST(2 AS TINYINT) AS c0,
       ti / si AS c1,
       i + 1 AS c2,
       i * 2 AS c3,
       bi / 2 AS c4,
       MOD(bi, 2) AS c5,
       bi % si AS c6,
       MOD(si, bi) AS c7,
       de / 2 AS c8,
       bi / 2.0 AS c9,
       f / 2 AS c10,
       d / z AS c11,
       z / z AS c12,
       -(i + 1) AS c13,
       ti + si + i AS c14
FROM t;
