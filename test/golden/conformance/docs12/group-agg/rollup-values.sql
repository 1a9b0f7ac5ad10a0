-- source: docs/content/docs/dev/table/sql/queries/group-agg.md (ROLLUP: "equivalent to the one above", so the GROUPING SETS Results table; the unnamed COUNT(*) is EXPR$2)
-- order: final
-- pk: supplier_id,rating
SELECT supplier_id, rating, COUNT(*)
FROM (VALUES
    ('supplier1', 'product1', 4),
    ('supplier1', 'product2', 3),
    ('supplier2', 'product3', 3),
    ('supplier2', 'product4', 4))
AS Products(supplier_id, product_id, rating)
GROUP BY ROLLUP (supplier_id, rating);
