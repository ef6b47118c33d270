#!/usr/bin/env bash
# Publishes the runner as the container image ships it: framework-dependent (the image has the .NET
# runtime), ReadyToRun for start-up time, not single-file (Roslyn needs assembly locations).
# Used by the Dockerfile and by the test that runs the published runner with the runtime only.
# Usage: runner/publish.sh <output-dir> [runtime-identifier]
set -euo pipefail
out=${1:?usage: runner/publish.sh <output-dir> [runtime-identifier]}
rid=${2:-linux-x64}
cd "$(dirname "$0")/.."
dotnet publish runner/FetchRun.Runner/FetchRun.Runner.csproj \
  --configuration Release \
  --runtime "$rid" \
  --self-contained false \
  -p:PublishReadyToRun=true \
  -p:PublishSingleFile=false \
  --output "$out"
