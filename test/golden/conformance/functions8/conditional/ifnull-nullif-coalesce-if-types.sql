-- source: Flink SpecificTypeStrategies.IF_NULL (IFNULL: the common type, nullable only if the replacement is), NULLIF as Calcite's CASE WHEN a = b THEN NULL ELSE a (nullable, the first operand's type), COALESCE with the COMMON strategy (not null when any argument is not null), IF / CASE through FlinkTypeFactory.leastRestrictive = LogicalTypeMerging.findCommonType (CHAR(1) and CHAR(3) give VARCHAR(3); INT and DOUBLE DOUBLE); x and y are INT NULL
SELECT IFNULL(x, CAST(5 AS BIGINT)) AS c0,
       IFNULL(x, y) AS c1,
       IFNULL(z, 7) AS c2,
       NULLIF(1, 2) AS c3,
       NULLIF(z, 3) AS c4,
       COALESCE(x, 2.5) AS c5,
       COALESCE(x, 1) AS c6,
       COALESCE(x, y) AS c7,
       IF(TRUE, 1, 2.5E0) AS c8,
       IF(z > 0, 'a', 'bcd') AS c9,
       CASE WHEN z < 0 THEN 'a' ELSE 'bcd' END AS c10
FROM (VALUES (CAST(NULL AS INT), CAST(NULL AS INT), 3)) AS T(x, y, z);
