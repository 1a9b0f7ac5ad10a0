-- source: Calcite SqlUnnestOperator (an unaliased UNNEST of an array of scalars names its column EXPR$0: SqlUtil.deriveAliasFromOrdinal)
SELECT * FROM UNNEST(ARRAY['x', 'y']);
