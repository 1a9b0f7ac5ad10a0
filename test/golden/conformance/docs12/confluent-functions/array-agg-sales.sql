-- source: https://docs.confluent.io/cloud/current/flink/reference/functions/collection-functions.html (ARRAY_AGG example: Apple [3, 7], Orange [2], Banana [5, 4] per product_name); compared as the final table per product_name (the streaming query updates Apple and Banana on their second row)
-- order: final
-- pk: product_name
WITH sales_data (id, product_name, quantity_sold) AS (
  VALUES
    (1, 'Apple', 3),
    (2, 'Banana', 5),
    (3, 'Apple', 7),
    (4, 'Orange', 2),
    (5, 'Banana', 4)
)
SELECT
  product_name,
  ARRAY_AGG(quantity_sold) AS quantities
FROM sales_data
GROUP BY product_name;
