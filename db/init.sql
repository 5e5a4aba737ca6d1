-- Creates the archive's role and database. Run by the archive itself when it finds a server
-- without them (a local server, or its embedded one); docker-compose runs compose-init.sh,
-- the same with a password of the operator's choosing.
CREATE ROLE archive LOGIN PASSWORD 'archive';
CREATE DATABASE archive OWNER archive ENCODING 'UTF8' TEMPLATE template0;
