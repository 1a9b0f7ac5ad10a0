-- source: docs/content/docs/sql/reference/utility/show.md (SHOW CREATE CATALOG: cat2 created with 'type'='generic_in_memory', 'default-database'='db'; options sorted by key); layout of Flink 2.x ShowCreateUtil.buildShowCreateCatalogRow (ShowCreateUtilTest#argsForShowCreateCatalog: the name line, then WITH ( on its own line; the page shows `cat2` WITH ( on one line)
create catalog cat2 WITH (
    'type'='generic_in_memory',
    'default-database'='db'
);
show create catalog cat2;
