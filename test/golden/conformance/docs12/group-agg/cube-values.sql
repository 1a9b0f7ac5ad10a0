-- source: docs/content/docs/dev/table/sql/queries/group-agg.md (CUBE over three columns: the eight grouping sets the page lists as its equivalent); counts by hand
-- order: final
-- pk: supplier_id,rating,product_id
SELECT supplier_id, rating, product_id, COUNT(*)
FROM (VALUES
    ('supplier1', 'product1', 4),
    ('supplier1', 'product2', 3),
    ('supplier2', 'product3', 3),
    ('supplier2', 'product4', 4))
AS Products(supplier_id, product_id, rating)
GROUP BY CUBE (supplier_id, rating, product_id);
