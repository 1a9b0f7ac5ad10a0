-- source: Calcite SqlParserTest#testBetween (shared grammar of Flink's parser): "values a between b or c^" fails "BETWEEN operator has no terminating AND" at line 1, column 24 (the lower bound takes OR)
-- fail: 3:24 BETWEEN operator has no terminating AND
values a between b or c;
