-- source: docs/content/docs/sql/reference/utility/show.md (SHOW FUNCTIONS [ [NOT] (LIKE | ILIKE) pattern ]: the page's list shows mod and sha256 among the built-in functions; ILIKE ignores case); Flink's core module lists BuiltInFunctionDefinitions by lower-case name, sorted, so the sha family (SHA1, SHA2, SHA224, SHA256, SHA384, SHA512), MOD and Flink 2.3's TO_CHANGELOG / FROM_CHANGELOG PTFs
SHOW FUNCTIONS LIKE 'sha%';
SHOW FUNCTIONS ILIKE 'MO_';
SHOW FUNCTIONS LIKE '%changelog';
SHOW USER FUNCTIONS;
