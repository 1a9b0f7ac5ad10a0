-- source: Flink SqlFunctionUtils.fromBase64 (java.util.Base64 basic decoder): a last unit of one character throws IllegalArgumentException "Last unit does not have enough valid bits"
-- fail: Last unit does not have enough valid bits
SELECT CAST(FROM_BASE64('a') AS STRING) AS x;
