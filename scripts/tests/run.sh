#!/usr/bin/env bash
# Runs the PowerShell suite (Pester 6 from NuGet, pwsh 7 from the repository's local dotnet tool manifest).
# Unit tests mock the AWS CLI wrapper; the end-to-end test provisions against its own fresh moto_server
# (the .NET suite's shared FETCHRUN_TEST_MOTO_URL is left alone) with the real AWS CLI v2.
# Prints "Pester: N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 AWS_EC2_METADATA_DISABLED=true
export AWS_ACCESS_KEY_ID="${AWS_ACCESS_KEY_ID:-testing}" AWS_SECRET_ACCESS_KEY="${AWS_SECRET_ACCESS_KEY:-testing}" AWS_REGION="${AWS_REGION:-us-east-1}"
# Debian's AWS CLI v2; the 'aws' first on PATH may be the Python CLI v1.
if [ -z "${FETCHRUN_AWS_CLI:-}" ] && [ -x /usr/bin/aws ]; then export FETCHRUN_AWS_CLI=/usr/bin/aws; fi

work=$(mktemp -d)
cleanup() { [ -n "${moto_pid:-}" ] && kill "$moto_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

dotnet tool restore >"$work/restore.log" 2>&1 || { cat "$work/restore.log"; echo "Pester: 0 passed, 1 failed"; exit 1; }
dotnet restore scripts/tests/Pester.proj >>"$work/restore.log" 2>&1 || { cat "$work/restore.log"; echo "Pester: 0 passed, 1 failed"; exit 1; }

if command -v moto_server >/dev/null; then
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  # Batch job definitions and compute environments need the AWS-managed policies the roles attach.
  MOTO_IAM_LOAD_MANAGED_POLICIES=true moto_server -H 127.0.0.1 -p "$port" >"$work/moto.log" 2>&1 &
  moto_pid=$!
  export FETCHRUN_TEST_E2E_MOTO_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 150); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.2; done
fi

start=$(date +%s)
dotnet pwsh -NoProfile -NonInteractive -File scripts/tests/Invoke-Tests.ps1 "$@"
rc=$?
echo "Pester run took $(( $(date +%s) - start )) s"
exit $rc
