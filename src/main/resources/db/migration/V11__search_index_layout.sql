-- The layout of a search index shared by several archive nodes (OpenSearch), written by
-- the node that built it. A Lucene index keeps its layout in its own directory instead.
create table search_index_layout (
    backend    text primary key,
    layout     text not null,
    written_at timestamptz not null default now()
);
