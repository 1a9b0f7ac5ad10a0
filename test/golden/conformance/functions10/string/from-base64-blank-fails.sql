-- source: Flink SqlFunctionUtils.fromBase64 (java.util.Base64 basic decoder): a blank is an illegal character, IllegalArgumentException "Illegal base64 character 20" fails the query
-- fail: Illegal base64 character 20
SELECT CAST(FROM_BASE64('aG k=') AS STRING) AS x;
