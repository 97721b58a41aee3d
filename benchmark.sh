#!/usr/bin/env bash
# The benchmark: builds the bot and the benchmark in Release, installs Azurite from npm (tests/azurite/), and runs
# tests/CoalitionBot.Benchmarks, which starts a fresh Azurite and the bot as a process per run, plays members
# and leads against it over loopback, and prints a table and one "BENCH {json}" line per run.
# Arguments go to the benchmark, e.g. ./benchmark.sh --members 20 --storage azurite --scenarios turns
set -euo pipefail
cd "$(dirname "$0")"

echo "== npm: Azurite"
npm ci --prefix tests/azurite --no-audit --no-fund --loglevel=error
echo "== dotnet build (Release)"
# The chat page (Web Chat from npm) is not needed to measure the bot.
dotnet build tests/CoalitionBot.Benchmarks -c Release -p:BuildChatPage=false -nologo -v quiet
echo "== benchmark"
dotnet tests/CoalitionBot.Benchmarks/bin/Release/net10.0/CoalitionBot.Benchmarks.dll "$@"
