#!/usr/bin/env bash
# The installation walkthrough of docs/operations.md, run as root on a clean Debian (or Ubuntu) machine:
#   1. installs the Debian package (target/khcn_*_all.deb, built with ./mvnw -Pdeb -DskipTests package) with apt,
#      which brings Java 17, LibreOffice Writer and the fonts it depends on;
#   2. checks the layout: the user khcn, /etc/khcn (0750 root:khcn), /usr/bin/khcn on the PATH, the unit;
#   3. starts the service (systemctl where systemd runs; else as the unit would: the same user, files and options);
#   4. puts nginx in front over HTTPS with a self-signed certificate (deploy/nginx-khcn.conf);
#   5. signs in as the first administrator through nginx, checks the SESSION cookie is Secure, the redirects stay on
#      https and the application sees https and the host from nginx (forwarded headers trusted from 127.0.0.1);
#   6. restarts the service and checks that the same cookie is still signed in; the rolling log file has lines.
# Usage: sudo deploy/walkthrough.sh [PATH.deb]      (KHCN_WALKTHROUGH_NO_APT_UPDATE=1 skips apt-get update;
#        KHCN_WALKTHROUGH_WAIT=SECONDS, 300 by default, is how long a start may take on a busy machine)
# The first start prints the administrator's password once: the walkthrough wants a machine where KHCN was never
# started, or KHCN_ADMIN_PASSWORD set to the administrator's password.
set -euo pipefail

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nWALKTHROUGH FAILED: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (sudo $0)"
command -v apt-get >/dev/null || fail "not a Debian/Ubuntu machine (no apt-get)"
cd "$(dirname "$0")/.."

DEB="${1:-}"
if [ -z "$DEB" ]; then
    DEB="$(ls -t target/khcn_*_all.deb 2>/dev/null | head -1 || true)"
fi
if [ -z "$DEB" ]; then
    say "building the package: ./mvnw -B -Pdeb -DskipTests package"
    ./mvnw -q -B -Pdeb -DskipTests package
    DEB="$(ls -t target/khcn_*_all.deb | head -1)"
fi
DEB="$(readlink -f "$DEB")"
HOST=khcn.local
PORT=8080
WORK="$(mktemp -d /tmp/khcn-walkthrough.XXXXXX)"
chmod 0755 "$WORK"
JAR="$WORK/cookies.txt"

if [ -d /run/systemd/system ]; then
    SYSTEMD=yes
else
    SYSTEMD=no
fi

say "1. installing $DEB"
export DEBIAN_FRONTEND=noninteractive
if [ "${KHCN_WALKTHROUGH_NO_APT_UPDATE:-}" != 1 ]; then
    apt-get update -q
fi
apt-get install -y -q "$DEB" nginx openssl curl >"$WORK/apt.log" 2>&1 || { tail -30 "$WORK/apt.log"; fail "apt-get install"; }
dpkg -s khcn | grep -E '^(Status|Version|Depends):'

say "2. the layout"
getent passwd khcn | grep -q ':/var/lib/khcn:/usr/sbin/nologin$' || fail "no system user khcn with home /var/lib/khcn"
[ "$(stat -c '%U:%G %a' /etc/khcn)" = "root:khcn 750" ] || fail "/etc/khcn is $(stat -c '%U:%G %a' /etc/khcn)"
[ "$(stat -c '%U:%G %a' /etc/khcn/khcn.properties)" = "root:khcn 640" ] || fail "/etc/khcn/khcn.properties permissions"
grep -qx /etc/khcn/khcn.properties /var/lib/dpkg/info/khcn.conffiles || fail "khcn.properties is not a conffile"
[ "$(command -v khcn)" = /usr/bin/khcn ] || fail "khcn is not on the PATH"
khcn --version
grep -q '^Restart=on-failure' /lib/systemd/system/khcn.service || fail "unit: no Restart=on-failure"
grep -q '^MemoryMax=' /lib/systemd/system/khcn.service || fail "unit: no MemoryMax"
grep -q '^LimitNOFILE=' /lib/systemd/system/khcn.service || fail "unit: no LimitNOFILE"
if command -v systemd-analyze >/dev/null; then
    # systemd's own reading of the unit: an ignored or invalid line fails the walkthrough
    complaints="$(systemd-analyze verify /lib/systemd/system/khcn.service 2>&1 | grep 'khcn.service:' || true)"
    [ -z "$complaints" ] || fail "systemd-analyze verify: $complaints"
    echo "systemd-analyze verify khcn.service: no complaint"
fi
echo "user khcn, /etc/khcn (root:khcn 0750, conffiles 0640), /usr/bin/khcn, /lib/systemd/system/khcn.service: ok"

# the service as the unit starts it, where systemd does not run (a container, this kind of sandbox)
MANUAL_PID=
start_manual() {
    # the unit's own Environment= lines (a quoted one unquoted), working directory, user and ExecStart
    local unit=/lib/systemd/system/khcn.service line value
    local -a environment=()
    while IFS= read -r line; do
        value="${line#Environment=}"
        value="${value#\"}"
        environment+=("${value%\"}")
    done < <(grep '^Environment=' "$unit")
    local user directory command
    user="$(sed -n 's/^User=//p' "$unit")"
    directory="$(sed -n 's/^WorkingDirectory=//p' "$unit")"
    command="$(sed -n 's/^ExecStart=//p' "$unit")"
    echo "as $user in $directory: ${environment[*]} $command"
    # shellcheck disable=SC2086 # ExecStart is split into words as systemd splits it (no quotes in it)
    setpriv --reuid="$user" --regid="$user" --init-groups env -C "$directory" "${environment[@]}" \
        $command >>"$WORK/service.out" 2>&1 &
    MANUAL_PID=$!
}
stop_manual() {
    [ -n "$MANUAL_PID" ] || return 0
    kill -TERM "$MANUAL_PID" 2>/dev/null || true
    wait "$MANUAL_PID" 2>/dev/null || true
    MANUAL_PID=
}
cleanup() {
    stop_manual
    if [ "$SYSTEMD" = no ] && [ -f "$WORK/nginx.pid" ]; then
        kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
    fi
}
trap cleanup EXIT

wait_up() {
    local i
    for i in $(seq 1 "${KHCN_WALKTHROUGH_WAIT:-300}"); do
        if curl -fsS "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -Eq '"status":"(UP|DEGRADED)"'; then
            curl -sS "http://127.0.0.1:$PORT/actuator/health"; echo
            return 0
        fi
        if [ "$SYSTEMD" = no ] && ! kill -0 "$MANUAL_PID" 2>/dev/null; then
            tail -40 "$WORK/service.out"; fail "the service stopped"
        fi
        sleep 1
    done
    fail "the service did not answer on port $PORT within ${KHCN_WALKTHROUGH_WAIT:-300} s"
}

say "3. starting the service"
if curl -s -o /dev/null "http://127.0.0.1:$PORT/" 2>/dev/null && [ "$SYSTEMD" = no ]; then
    fail "port $PORT is already taken by another program"
fi
if [ "$SYSTEMD" = yes ]; then
    echo "systemd runs here: systemctl"
    systemctl enable --now khcn.service
    systemctl is-enabled khcn.service
    wait_up
    systemctl --no-pager status khcn.service | head -5
    admin_line="$(journalctl -u khcn --no-pager -o cat | grep -o 'admin / [^ ]*' | tail -1 || true)"
else
    echo "SYSTEMD IS NOT RUNNING HERE (no /run/systemd/system): systemctl start/restart cannot be tried."
    echo "The service is started as the unit would start it (user khcn, /var/lib/khcn, the unit's environment and"
    echo "ExecStart); 'restart' below is a stop (SIGTERM) and a start of that process."
    start_manual
    wait_up
    admin_line="$(grep -o 'admin / [^ ]*' "$WORK/service.out" | tail -1 || true)"
fi
PASSWORD="${KHCN_ADMIN_PASSWORD:-${admin_line#admin / }}"
[ -n "$PASSWORD" ] || fail "no administrator password (KHCN was started before on this machine: set KHCN_ADMIN_PASSWORD)"

say "4. nginx over HTTPS (self-signed certificate for $HOST)"
install -d -m 0755 /etc/ssl/khcn
if [ ! -f /etc/ssl/khcn/privkey.pem ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=$HOST" -addext "subjectAltName=DNS:$HOST" \
        -keyout /etc/ssl/khcn/privkey.pem -out /etc/ssl/khcn/fullchain.pem 2>/dev/null
    chmod 0600 /etc/ssl/khcn/privkey.pem
fi
sed "s/khcn.example.gov.vn/$HOST/" /usr/share/doc/khcn/examples/nginx-khcn.conf >/etc/nginx/sites-available/khcn
ln -sf /etc/nginx/sites-available/khcn /etc/nginx/sites-enabled/khcn
rm -f /etc/nginx/sites-enabled/default
nginx -t
if [ "$SYSTEMD" = yes ]; then
    systemctl restart nginx
else
    if [ -f /run/nginx.pid ] && kill -0 "$(cat /run/nginx.pid)" 2>/dev/null; then
        nginx -s reload
    else
        nginx
        cp /run/nginx.pid "$WORK/nginx.pid"
    fi
fi
CURL=(curl -sS -k --resolve "$HOST:443:127.0.0.1" --resolve "$HOST:80:127.0.0.1" -b "$JAR" -c "$JAR")
for i in $(seq 1 30); do
    "${CURL[@]}" -o /dev/null "https://$HOST/login" && break
    sleep 1
done
code="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' --resolve "$HOST:80:127.0.0.1" "http://$HOST/login")"
echo "http://$HOST/login -> $code"
case "$code" in "301 https://$HOST/login") ;; *) fail "port 80 does not send to HTTPS" ;; esac

say "5. signing in as admin through nginx"
"${CURL[@]}" -o "$WORK/login.html" "https://$HOST/login"
TOKEN="$(grep -o 'name="_csrf"[^>]*value="[^"]*"' "$WORK/login.html" | head -1 | sed 's/.*value="//; s/"$//')"
[ -n "$TOKEN" ] || fail "no form token on the login page"
"${CURL[@]}" -D "$WORK/signin.headers" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$TOKEN" "https://$HOST/login"
tr -d '\r' <"$WORK/signin.headers" | grep -iE '^(HTTP|location|set-cookie)'
location="$(tr -d '\r' <"$WORK/signin.headers" | grep -i '^location:' | sed 's/^[Ll]ocation: *//')"
# a relative redirect keeps the browser on https; an absolute one must say https
case "$location" in /*|https://$HOST/*) ;; *) fail "sign-in redirect leaves HTTPS ($location)" ;; esac
case "$location" in *error*) fail "sign-in refused" ;; esac
tr -d '\r' <"$WORK/signin.headers" | grep -i '^set-cookie: SESSION=' | grep -qi '; *Secure' || fail "the SESSION cookie is not Secure"
api() { "${CURL[@]}" -o /dev/null -w '%{http_code}' -H 'Accept: application/json' "https://$HOST/api/organisations"; }
[ "$(api)" = 200 ] || fail "signed in, yet /api/organisations answers $(api)"
# the OpenAPI document names the server as the application sees it: https and the host, from nginx's headers
"${CURL[@]}" -o "$WORK/api-docs.json" "https://$HOST/v3/api-docs"
grep -o '"servers":\[[^]]*\]' "$WORK/api-docs.json" || true
grep -q "\"url\":\"https://$HOST\"" "$WORK/api-docs.json" || fail "the application does not see https://$HOST (forwarded headers)"
echo "signed in: SESSION cookie Secure, redirect stays on https, the application sees https://$HOST, /api/organisations 200"

say "6. restarting the service"
if [ "$SYSTEMD" = yes ]; then
    systemctl restart khcn.service
else
    stop_manual
    start_manual
fi
wait_up
[ "$(api)" = 200 ] || fail "after the restart /api/organisations answers $(api): the user was signed out"
echo "after the restart the same cookie is still signed in: /api/organisations 200"
[ -s /var/log/khcn/khcn.log ] || fail "no rolling log file /var/log/khcn/khcn.log"
echo "/var/log/khcn/khcn.log: $(wc -l </var/log/khcn/khcn.log) lines"
if [ "$SYSTEMD" = yes ]; then
    echo "journal: $(journalctl -u khcn --no-pager -o cat | wc -l) lines"
fi

say "WALKTHROUGH PASSED (systemd: $SYSTEMD)"
