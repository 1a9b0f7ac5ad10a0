-- source: not in Flink 2.3: PARSE_XML is apache/flink PR #29341, reviewed after the 2.3 release; Calcite SqlValidatorImpl.handleUnresolvedFunction as Flink 2.3 runs it (argument type families, as in Flink CorrelateValidationTest)
-- fail: 3:8 No match found for function signature PARSE_XML(<CHARACTER>)
SELECT PARSE_XML('<book pages="320"><title>Dune</title></book>');
