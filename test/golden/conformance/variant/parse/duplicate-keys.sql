-- source: Flink docs PARSE_JSON / TRY_PARSE_JSON (allowDuplicateKeys true keeps the last occurrence of a key, false — the default — fails; TRY_PARSE_JSON returns NULL instead) and BinaryVariantInternalBuilder.finishWritingObject (VARIANT_DUPLICATE_KEY at any depth); TRY_PARSE_JSON output forceNullable(VARIANT)
-- order: strict
CREATE TABLE t (id INT, j STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, PARSE_JSON(j, TRUE) AS keep_last, TRY_PARSE_JSON(j) AS strict_try, TRY_PARSE_JSON(j, TRUE) AS try_keep FROM t;
