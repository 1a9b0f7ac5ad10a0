-- source: Flink LogicalFunctionsITCase (NOT of TRUE / FALSE / NULL) and ScalarOperatorGens.generateAnd / generateOr three-valued logic (TRUE AND NULL is NULL, FALSE AND NULL is FALSE, TRUE OR NULL is TRUE, FALSE OR NULL is NULL); ScalarOperatorsTest testFunctionWithBooleanExpression (IS [NOT] TRUE/FALSE are NOT NULL)
CREATE TABLE x (t BOOLEAN, f BOOLEAN, u BOOLEAN) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT NOT t AS n1,
       NOT f AS n2,
       NOT u AS n3,
       t AND u AS a1,
       f AND u AS a2,
       u AND t AS a3,
       u AND f AS a4,
       u AND u AS a5,
       t OR u AS o1,
       f OR u AS o2,
       u OR t AS o3,
       u OR f AS o4,
       u IS TRUE AS i1,
       u IS NOT TRUE AS i2,
       u IS FALSE AS i3,
       u IS NOT FALSE AS i4,
       u IS UNKNOWN AS i5,
       t IS NOT UNKNOWN AS i6,
       IFNULL(u AND t, FALSE) AS f1
FROM x;
