-- source: Flink SqlFunctionUtils.fromBase64 (java.util.Base64 basic decoder): anything after the padding throws IllegalArgumentException "Input byte array has incorrect ending byte at 4"
-- fail: Input byte array has incorrect ending byte at 4
SELECT CAST(FROM_BASE64('aGk=aGk=') AS STRING) AS x;
