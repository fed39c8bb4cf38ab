-- The texts of cell {{cell}} as an ENUM type in the scan's code order, so that the scan's codes are
-- the enum's codes (checked after creation).
create type {{type}} as enum (
    select raw from bulk_texts where cell = {{cell}} order by code
);
