#!/usr/bin/env bash
# Runs every FetchRun test: the .NET suite (NUnit) against a real moto_server and PostgreSQL, then the
# PowerShell suite (Pester). Starts what it needs on 127.0.0.1 and stops it afterwards.
# Needs: .NET SDK 10, python3 with moto (moto_server), PostgreSQL server binaries, AWS CLI v2 at /usr/bin/aws.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
# Tests never reach the real instance metadata service or real AWS.
export AWS_EC2_METADATA_DISABLED=true AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=us-east-1

logs=$(mktemp -d)
cleanup() { [ -n "${moto_pid:-}" ] && kill "$moto_pid" 2>/dev/null; rm -rf "$logs"; }
trap cleanup EXIT

if [ -z "${FETCHRUN_TEST_MOTO_URL:-}" ]; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  moto_server -H 127.0.0.1 -p "$port" >"$logs/moto.log" 2>&1 &
  moto_pid=$!
  export FETCHRUN_TEST_MOTO_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.2; done
fi

dotnet build FetchRun.sln --configuration Debug 2>&1 | tail -n 3
dotnet test FetchRun.sln --configuration Debug --no-build 2>&1 | tee "$logs/dotnet.log"
dotnet_rc=${PIPESTATUS[0]}
summary=$(grep -E 'Failed:[[:space:]]+[0-9]+, Passed:' "$logs/dotnet.log" | tail -n 1)
dotnet_passed=$(sed -E 's/.*Passed:[[:space:]]+([0-9]+).*/\1/' <<<"$summary")
dotnet_failed=$(sed -E 's/.*Failed:[[:space:]]+([0-9]+),.*/\1/' <<<"$summary")

pester_rc=0; pester_passed=0; pester_failed=0
if [ -f scripts/tests/run.sh ]; then
  bash scripts/tests/run.sh 2>&1 | tee "$logs/pester.log"
  pester_rc=${PIPESTATUS[0]}
  line=$(grep -E '^Pester: [0-9]+ passed, [0-9]+ failed' "$logs/pester.log" | tail -n 1)
  pester_passed=$(sed -E 's/^Pester: ([0-9]+) passed.*/\1/' <<<"$line")
  pester_failed=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")
fi

passed=$(( ${dotnet_passed:-0} + ${pester_passed:-0} ))
failed=$(( ${dotnet_failed:-0} + ${pester_failed:-0} ))
echo
echo "$passed passed, $failed failed"
if [ "$dotnet_rc" -ne 0 ] || [ "$pester_rc" -ne 0 ] || [ -z "$summary" ] || [ "$passed" -eq 0 ]; then exit 1; fi
