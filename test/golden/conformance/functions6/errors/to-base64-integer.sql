-- source: Flink ScalarFunctionsValidationTest#testInvalidToBase64 ("Cannot apply 'TO_BASE64' to arguments of type 'TO_BASE64(<INTEGER>)'")
-- fail: 3:8 Cannot apply 'TO_BASE64' to arguments of type 'TO_BASE64(<INTEGER>)'
SELECT TO_BASE64(11) AS x;
