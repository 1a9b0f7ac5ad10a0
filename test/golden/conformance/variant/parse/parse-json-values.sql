-- source: Flink BinaryVariantInternalBuilder.parseJson (object fields sorted by key in finishWritingObject; integers that fit a long via appendNumeric, plain-notation fractions within 38 digits as DECIMAL, exponent forms as DOUBLE) and BinaryVariant.toJson (compact JSON, DECIMAL via getDecimal = stripTrailingZeros then toPlainString, DOUBLE via Double.toString, strings via Jackson writeString); PARSE_JSON output type nullableIfArgs(VARIANT) (BuiltInFunctionDefinitions)
-- order: strict
CREATE TABLE t (id INT, j STRING) WITH ('connector' = 'filesystem', 'path' = '${input}', 'format' = 'json');
SELECT id, PARSE_JSON(j) AS v FROM t;
