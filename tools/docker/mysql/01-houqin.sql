-- One database per houqin service and the rights of the `houqin` account on them.
--
-- docker-compose.yml mounts this folder as /docker-entrypoint-initdb.d of the mysql service, so the
-- MySQL image runs this file once, as root, when it initialises an empty data volume, after it has
-- created the account `houqin`@`%` from MYSQL_USER / MYSQL_PASSWORD. Every statement is idempotent:
-- when a release adds a service to an existing deployment, run this file again as root
-- (docs/deployment.md, "Adding a service to a running deployment").
--
-- Least privilege: `houqin` may work inside these databases only. It needs DDL (CREATE, ALTER,
-- INDEX, REFERENCES, DROP) because each service runs its own migrations at start; it has no global
-- privilege, no GRANT OPTION and no access to any other database. The grants name each database
-- rather than the pattern `houqin\_%`: an explicit list grants nothing beyond the databases listed,
-- and a wildcard grant silently stops matching when a DBA turns on partial_revokes (MySQL then reads
-- % and _ in schema names literally). The `_` in each name is escaped (`\_`) so that it matches
-- itself only, whether partial_revokes is on or off.
--
-- Adding a service `<name>`: add its CREATE DATABASE and GRANT lines below (the databases of the
-- services the design brief plans are already here). tools/checks/docker-compose.spec.ts checks
-- that every subgraph in tools/subgraphs.ts has both.

CREATE DATABASE IF NOT EXISTS `houqin_directory` CHARACTER SET utf8mb4;
CREATE DATABASE IF NOT EXISTS `houqin_finance` CHARACTER SET utf8mb4;
CREATE DATABASE IF NOT EXISTS `houqin_canteen` CHARACTER SET utf8mb4;
CREATE DATABASE IF NOT EXISTS `houqin_facilities` CHARACTER SET utf8mb4;
CREATE DATABASE IF NOT EXISTS `houqin_safety` CHARACTER SET utf8mb4;

GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, REFERENCES, DROP ON `houqin\_directory`.* TO 'houqin'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, REFERENCES, DROP ON `houqin\_finance`.* TO 'houqin'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, REFERENCES, DROP ON `houqin\_canteen`.* TO 'houqin'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, REFERENCES, DROP ON `houqin\_facilities`.* TO 'houqin'@'%';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, REFERENCES, DROP ON `houqin\_safety`.* TO 'houqin'@'%';
