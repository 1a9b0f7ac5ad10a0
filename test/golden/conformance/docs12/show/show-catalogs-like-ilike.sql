-- source: docs/content/docs/sql/reference/utility/show.md (SHOW CATALOGS EXAMPLES: catalog1 and catalog2 in the session; show catalogs; show catalogs like '%log1', ilike '%log1', ilike '%LOG1' give catalog1); sorted by name as the page shows. Difference, as DESIGN.md: Eddy's session also holds the read-only `examples` catalog (Confluent Cloud's), listed after default_catalog
CREATE CATALOG catalog1 WITH ('type' = 'generic_in_memory');
CREATE CATALOG catalog2 WITH ('type' = 'generic_in_memory');
show catalogs;
show catalogs like '%log1';
show catalogs ilike '%log1';
show catalogs ilike '%LOG1';
show catalogs not like '%log_';
