#!/usr/bin/env bash
# A student's route through the tests, from a fresh clone of this repository's committed HEAD:
#   1. the README's "Run all the tests" command as a normal user with Debian's /usr/bin/python3,
#      in a fresh home directory;
#   2. the same command again in the same clone (it reuses the venv and whatever run 1 left);
#   3. the suite once more with the network cut (a new network namespace with only loopback).
# Run it as root: it creates the user (STUDENT, default ibstudent) if missing and cuts the
# network with unshare -n. Logs and the clone stay in WORK (default: a new folder in /tmp).
# Exit status 0 only if all three runs pass; 2 if this machine cannot run them (say why).
# --preflight: only check that it can.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
STUDENT=${STUDENT:-ibstudent}

if [ "$(id -u)" -ne 0 ]; then
  echo "check_routes.sh: run it as root (it switches to the user $STUDENT and cuts the network)" >&2
  exit 2
fi
for tool in git runuser unshare ip /usr/bin/python3; do
  command -v "$tool" >/dev/null || { echo "check_routes.sh: $tool is missing" >&2; exit 2; }
done
if ! /usr/bin/python3 -c "import ensurepip" 2>/dev/null; then
  echo "check_routes.sh: /usr/bin/python3 cannot make a venv: apt-get install python3-venv" >&2
  exit 2
fi
# Step 3 needs a network namespace of its own, and so CAP_SYS_ADMIN, which Docker's default
# profile withholds: find out now, not after two full runs.
if ! why=$(unshare --net -- ip link set lo up 2>&1); then
  echo "check_routes.sh: cannot cut the network for the offline run (unshare --net: ${why:-failed})." >&2
  echo "  It needs CAP_SYS_ADMIN: start the container with --cap-add SYS_ADMIN, or run the" >&2
  echo "  offline step yourself: the README's test run, in a clone installed beforehand, inside" >&2
  echo "  a container started with --network none." >&2
  exit 2
fi
if [ "${1:-}" = "--preflight" ]; then # only the checks above, for CI or a first try
  echo "check_routes.sh: preflight passed (root, tools, venv module, network namespace)"
  exit 0
fi
WORK=${WORK:-$(mktemp -d /tmp/check-routes.XXXXXX)}

test_command=$(awk '/^## Run all the tests/{found=1} found && /^```bash/{getline; print; exit}' \
  "$ROOT/README.md")
[ -n "$test_command" ] || { echo "no test command in README.md" >&2; exit 2; }
suite=${test_command##*&& } # the last step of the command: the test run itself

id -u "$STUDENT" >/dev/null 2>&1 || useradd --create-home --shell /bin/bash "$STUDENT"
chmod 755 "$WORK"
home="$WORK/home"
install -d -o "$STUDENT" -g "$(id -gn "$STUDENT")" "$home"
# The student clones a copy that they may read (git refuses a repository owned by another user).
git clone --quiet --bare --no-hardlinks "$ROOT" "$WORK/origin.git"
chown -R "$STUDENT" "$WORK/origin.git"

as_student() {
  runuser -u "$STUDENT" -- env -i HOME="$home" USER="$STUDENT" LOGNAME="$STUDENT" \
    LANG=C.UTF-8 PATH=/usr/bin:/bin:/usr/sbin:/sbin TMPDIR="$home/tmp" bash -c "$1"
}
as_student "mkdir -p \"\$TMPDIR\" && git clone --quiet \"$WORK/origin.git\" \"$home/repo\""
echo "clone: $(as_student "git -C \"\$HOME/repo\" rev-parse --short HEAD") in $home/repo, as $STUDENT (uid $(id -u "$STUDENT"))"
echo "python3: $(as_student 'command -v python3; python3 --version' | tr '\n' ' ')"

status=0
run() { # name, command, wrapper...
  local name=$1 command=$2 log="$WORK/$1.log" start=$SECONDS rc=0
  shift 2
  "$@" bash -c "$(declare -f as_student); STUDENT='$STUDENT' home='$home'; \
    as_student 'cd \"\$HOME/repo\" && $command'" >"$log" 2>&1 || rc=$?
  echo "$name: exit $rc after $((SECONDS - start)) s; $(grep -E '^=+ .*(passed|failed|error).* =+$' "$log" | tail -1)"
  [ "$rc" -eq 0 ] || { status=1; tail -n 40 "$log"; }
}
offline() { unshare --net -- bash -c 'ip link set lo up && [ "$(ip -o link | wc -l)" = 1 ] && exec "$@"' _ "$@"; }

run first "$test_command"
run second "$test_command"
run offline ". .venv/bin/activate && $suite" offline
echo "logs: $WORK/{first,second,offline}.log"
exit $status
