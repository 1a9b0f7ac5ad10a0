-- source: Calcite SqlParserUtil / SqlLiteral: a binary string literal needs an even number of hex digits ('Binary literal string must contain an even number of hexits')
-- fail: 3:8 Binary literal string must contain an even number of hexits
SELECT X'ABC' AS b;
