-- source: Calcite SqlParserTest#testDecimalWithPrecision: select cast(15 as decimal(-3, 1)) fails Encountered "-" at line 1, column 27
-- fail: 3:27 found '-'
select cast(15 as decimal(-3, 1));
