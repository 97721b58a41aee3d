#!/usr/bin/env bash
# Builds the Teams app package to upload in Teams: manifest.json with the bot's id and domain filled in,
# en.json and the two icons, all at the root of one zip.
#
#   infra/teams/package.sh BOT_ID BOT_DOMAIN [OUTPUT_ZIP]
#
# BOT_ID      the bot id: the client id of the bot's managed identity (deployment output botId), a GUID
# BOT_DOMAIN  the web app's host name (deployment output webAppHostName), e.g. coalitionbot-abc.azurewebsites.net
# OUTPUT_ZIP  where to write the package; default artifacts/coalitionbot-teams.zip under the current folder
set -euo pipefail

usage() { echo "usage: $0 BOT_ID BOT_DOMAIN [OUTPUT_ZIP]" >&2; exit 2; }
fail() { echo "package.sh: $*" >&2; exit 1; }

[ $# -ge 2 ] && [ $# -le 3 ] || usage
bot_id=$1
bot_domain=$2
output=${3:-artifacts/coalitionbot-teams.zip}

[[ $bot_id =~ ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ ]] \
  || fail "BOT_ID '$bot_id' is not a GUID (the managed identity's client id, e.g. 00000000-0000-0000-0000-000000000000)"
# A bare host name: Teams wants no scheme, port or path in validDomains.
[[ $bot_domain =~ ^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+$ ]] \
  || fail "BOT_DOMAIN '$bot_domain' is not a host name (e.g. coalitionbot-abc.azurewebsites.net, without https://)"

source_dir=$(cd "$(dirname "$0")" && pwd)
files=(manifest.json en.json color.png outline.png)
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT

for file in "${files[@]}"; do
  cp "$source_dir/$file" "$staging/$file"
done
# Both values were checked above, so they hold no characters that sed would read as special.
sed -i -e "s/{{BOT_ID}}/$bot_id/g" -e "s/{{BOT_DOMAIN}}/$bot_domain/g" "$staging/manifest.json"
if grep -q '{{' "$staging/manifest.json"; then
  fail "manifest.json still has a placeholder: $(grep -o '{{[A-Z_]*}}' "$staging/manifest.json" | sort -u | tr '\n' ' ')"
fi

mkdir -p "$(dirname "$output")"
output=$(cd "$(dirname "$output")" && pwd)/$(basename "$output")
rm -f "$output"
# zip where installed, else Python's zipfile module; either way the files sit at the root of the zip.
if command -v zip > /dev/null; then
  (cd "$staging" && zip -q -X "$output" "${files[@]}")
elif command -v python3 > /dev/null; then
  (cd "$staging" && python3 -m zipfile -c "$output" "${files[@]}")
else
  fail "neither zip nor python3 is installed; install one of them (apt-get install zip)"
fi
echo "$output"
