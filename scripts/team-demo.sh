#!/usr/bin/env bash
# A throwaway team store in one command (issue 26): starts a local PostgreSQL (initdb into a
# temporary folder as an unprivileged user, listening on 127.0.0.1 only), creates a store with
# three members (director, finance, pm) holding the sample plan, and prints how each of them
# reaches it. The server and its folder are removed when you press Enter (or at once with
# CPLAN_DEMO_NO_WAIT=1).
#
#   scripts/team-demo.sh          (CPLAN_BUILD_DIR chooses another build directory;
#                                  CPLAN_SKIP_BUILD=1 uses the build as it is)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CPLAN_BUILD_DIR:-$root/build}"
if [ -z "${CPLAN_SKIP_BUILD:-}" ]; then
    bash "$root/scripts/install-deps.sh"
    bash "$root/scripts/build.sh"
fi
cplan="$build_dir/app/cplan"

bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "error: the PostgreSQL server is not installed (Debian: apt-get install postgresql)" >&2
    exit 1
fi

# The server never runs as root: as root, the folder and the server belong to "postgres".
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    as_server=(runuser -u postgres --)
fi
dir="$(mktemp -d /tmp/cplan-team-demo-XXXXXX)"
[ ${#as_server[@]} -eq 0 ] || chown postgres "$dir"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
owner_password="$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
member_password="demo-$(head -c 6 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
printf '%s\n' "$owner_password" >"$dir/owner-password"
printf '%s\n' "$member_password" >"$dir/member-password"
[ ${#as_server[@]} -eq 0 ] || chown postgres "$dir/owner-password"

stop() {
    "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT

"${as_server[@]}" "$bin/initdb" -D "$dir/data" -U owner --auth-host=scram-sha-256 \
    --auth-local=scram-sha-256 --pwfile="$dir/owner-password" -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir" start >/dev/null

owner_url="postgresql://owner@127.0.0.1:$port/postgres"
export PGPASSWORD="$owner_password"
"$cplan" team init "$owner_url"
for member in director:li.wei finance:zhang.min pm:chen.jie; do
    "$cplan" team people "$owner_url" --add "${member#*:}" --role "${member%%:*}" \
        --password-file "$dir/member-password"
done
"$cplan" new --sample brokerage "$dir/brokerage-2025.cplan" >/dev/null
"$cplan" team publish "$dir/brokerage-2025.cplan" "$owner_url" --as "Brokerage 2025"
unset PGPASSWORD

cat <<TEXT

The team store runs on 127.0.0.1:$port (data in $dir). Every member's password: $member_password
Each member reaches the plan as themselves (the password can also go in ~/.pgpass):

  director li.wei:    PGPASSWORD=$member_password $cplan team list postgresql://li.wei@127.0.0.1:$port/postgres
  finance zhang.min:  PGPASSWORD=$member_password $cplan team set postgresql://zhang.min@127.0.0.1:$port/postgres \\
                          "Brokerage 2025" 'scenarios["Plan A (CNY 20M)"].budget=21000000' --revision 1
  pm chen.jie:        PGPASSWORD=$member_password $cplan team save postgresql://chen.jie@127.0.0.1:$port/postgres \\
                          "Brokerage 2025" /tmp/brokerage-copy.cplan
  raw SQL as a member (the server enforces the roles):
                      PGPASSWORD=$member_password psql postgresql://chen.jie@127.0.0.1:$port/postgres

In the window: File ▸ Open from Team Store…, address postgresql://zhang.min@127.0.0.1:$port/postgres
(or li.wei / chen.jie), password $member_password, Connect, Open. Open two windows as two members
to see each other's edits arrive; stop the server to see the offline band.
TEXT

if [ -z "${CPLAN_DEMO_NO_WAIT:-}" ]; then
    read -r -p "Press Enter to stop the server and remove its folder. " _
fi
