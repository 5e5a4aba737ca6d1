#!/bin/sh
# docker-compose's PostgreSQL runs this once, on an empty data volume: the archive's role
# and database as in init.sql, with the password chosen in .env instead of a fixed one.
set -eu
psql -v ON_ERROR_STOP=1 -v password="$ARCHIVE_DB_PASSWORD" --username "$POSTGRES_USER" --dbname postgres <<'SQL'
CREATE ROLE archive LOGIN PASSWORD :'password';
CREATE DATABASE archive OWNER archive ENCODING 'UTF8' TEMPLATE template0;
SQL
