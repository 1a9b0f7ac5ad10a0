-- source: Flink docs, CREATE TABLE … LIKE (Orders_with_watermark: the base columns, the new WATERMARK, options merged with OVERWRITING OPTIONS; options written whitespace-separated as in the docs); SHOW CREATE TABLE layout as show-describe/show-create-table
CREATE TABLE Orders (
    `user` BIGINT,
    product VARCHAR(32),
    order_time TIMESTAMP(3)
) WITH (
    'connector' = 'datagen',
    'number-of-rows' = '1'
);
CREATE TABLE Orders_with_watermark (
    -- Add watermark definition
    WATERMARK FOR order_time AS order_time - INTERVAL '5' SECOND
) WITH (
    -- Overwrite the startup-mode
    'number-of-rows' = '5'
)
LIKE Orders (
    INCLUDING ALL
    OVERWRITING OPTIONS
);
SHOW CREATE TABLE Orders_with_watermark;
