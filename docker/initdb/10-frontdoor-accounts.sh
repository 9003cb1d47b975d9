# The two accounts of ADR 40, made once when the database volume is first created. The mariadb image sources this
# file (it is not executable), so docker_process_sql runs as root on the local socket.
#   frontdoor_owner: owns the schema; the portal runs the migrations with it and it gives `frontdoor` its rights
#   frontdoor:       the portal's own account; no rights here, the owner's migration grants them (docs/deployment.md)
# The passwords come from the environment (DB_OWNER_PASSWORD, DB_PASSWORD); they must not contain a single quote.
docker_process_sql <<-EOSQL
	CREATE USER IF NOT EXISTS 'frontdoor_owner'@'%' IDENTIFIED BY '${DB_OWNER_PASSWORD}';
	GRANT ALL PRIVILEGES ON \`frontdoor\`.* TO 'frontdoor_owner'@'%' WITH GRANT OPTION;
	CREATE USER IF NOT EXISTS 'frontdoor'@'%' IDENTIFIED BY '${DB_PASSWORD}';
EOSQL
