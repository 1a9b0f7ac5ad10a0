-- source: Flink CatalogManager.createCatalog ("Catalog %s already exists in initialized catalogs." for a catalog registered without a descriptor); position by hand
-- fail: 3:16 Catalog default_catalog already exists in initialized catalogs.
CREATE CATALOG default_catalog WITH ('type' = 'generic_in_memory');
