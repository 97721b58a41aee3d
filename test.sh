#!/usr/bin/env bash
# Runs every test project: restores, installs Azurite (Microsoft's Azure Storage emulator) from npm,
# starts it on loopback, runs `dotnet test` on the solution, stops Azurite, and prints the totals.
# The browser tests need Debian's Chromium (installed here when missing) and the adaptivecards renderer (npm).
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/TestResults"
rm -rf "$results" && mkdir -p "$results"

# Browser tests drive Debian's Chromium through Playwright; Playwright never downloads a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if ! command -v chromium >/dev/null; then
  echo "== apt: chromium (for the browser tests)"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && $sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# The workplace's shared folder (recorded Teams payloads, schemas) is beside the repository; a clone made
# elsewhere finds it beside the repository it was cloned from.
if [ -z "${COALITIONBOT_SHARED:-}" ]; then
  for candidate in "$root/../shared" "$(git -C "$root" remote get-url origin 2>/dev/null)/../shared"; do
    if [ -d "$candidate/fixtures" ]; then export COALITIONBOT_SHARED=$(cd "$candidate" && pwd); break; fi
  done
fi
[ -d "${COALITIONBOT_SHARED:-}/fixtures" ] || { echo "The shared folder (../shared) is missing; set COALITIONBOT_SHARED." >&2; exit 1; }

echo "== npm: test tools (Azurite, the Adaptive Cards renderer)"
npm ci --prefix tests/azurite --no-audit --no-fund --loglevel=error
npm ci --prefix tests/CoalitionBot.Infra.Tests --no-audit --no-fund --loglevel=error
npm ci --prefix tests/CoalitionBot.BrowserTests --no-audit --no-fund --loglevel=error

# A free loopback port, so a developer's own Azurite on 10000 does not get in the way.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo "== Azurite on 127.0.0.1:$port"
tests/azurite/node_modules/.bin/azurite-blob --blobHost 127.0.0.1 --blobPort "$port" \
  --inMemoryPersistence --disableTelemetry --skipApiVersionCheck --silent > "$results/azurite.log" 2>&1 &
azurite_pid=$!
trap 'kill $azurite_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.2
done
export COALITIONBOT_TEST_STORAGE="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$port/devstoreaccount1;"

echo "== dotnet test"
status=0
dotnet test CoalitionBot.sln --logger "trx" --results-directory "$results" --blame-hang-timeout 5m "$@" || status=$?

# One line with the totals over all test projects, read from the TRX reports.
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
echo "$passed passed, $failed failed"
exit $status
