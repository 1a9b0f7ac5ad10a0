-- source: Flink docs TRY_PARSE_JSON (NULL when the JSON string is invalid) and BinaryVariantInternalBuilder.parseJson (a default Jackson parser reads one root value: "Unexpected null token" for empty input, no single quotes, no leading zeros, no NaN; text after a complete root object is not read)
-- order: strict
CREATE TABLE t (id INT, j STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, TRY_PARSE_JSON(j) AS v FROM t;
