-- source: docs/content/docs/dev/table/sql/queries/group-agg.md (GROUPING SETS: the query and its Results table); streaming changelog compared as the final table by key
-- order: final
-- pk: supplier_id,rating
SELECT supplier_id, rating, COUNT(*) AS total
FROM (VALUES
    ('supplier1', 'product1', 4),
    ('supplier1', 'product2', 3),
    ('supplier2', 'product3', 3),
    ('supplier2', 'product4', 4))
AS Products(supplier_id, product_id, rating)
GROUP BY GROUPING SETS ((supplier_id, rating), (supplier_id), ());
