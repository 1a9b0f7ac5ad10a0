-- source: Calcite SqlLiteral.createBinaryString: X'..' is BINARY(n) NOT NULL, n the bytes (X'' BINARY(0)); CAST(bytes AS STRING) decodes UTF-8 (BinaryToStringCastRule); hex digits in either case
SELECT X'616263' AS c0,
       x'4A4b' AS c1,
       X'' AS c2,
       CHAR_LENGTH(CAST(X'e282ac' AS STRING)) AS c3,
       X'61' = X'61' AS c4;
