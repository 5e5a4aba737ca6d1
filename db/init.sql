-- Creates the archive's role and database. Run by docker-compose's PostgreSQL service at first
-- start, and by the archive itself when it finds a local server without them.
CREATE ROLE archive LOGIN PASSWORD 'archive';
CREATE DATABASE archive OWNER archive ENCODING 'UTF8' TEMPLATE template0;
