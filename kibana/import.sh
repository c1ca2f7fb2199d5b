#!/usr/bin/env bash
# Imports the Newsroom dashboards (newsroom.ndjson next to this script) into Kibana through the
# saved-objects import API, as soon as Kibana reports itself available. Existing objects with the
# same ids are overwritten, so running it again is harmless.
# docker compose runs it in the one-shot service kibana-setup; by hand:
#   KIBANA_URL=http://127.0.0.1:5601 kibana/import.sh
# KIBANA_URL (http://kibana:5601), KIBANA_WAIT_SECONDS (600), KIBANA_POLL_SECONDS (3), NEWSROOM_SAVED_OBJECTS (the file),
# ELASTIC_PASSWORD (when set, basic auth as KIBANA_IMPORT_USER, default elastic).
set -euo pipefail

url=${KIBANA_URL:-http://kibana:5601}
file=${NEWSROOM_SAVED_OBJECTS:-$(dirname "$0")/newsroom.ndjson}
wait_seconds=${KIBANA_WAIT_SECONDS:-600}
auth=()
if [ -n "${ELASTIC_PASSWORD:-}" ]; then
  auth=(-u "${KIBANA_IMPORT_USER:-elastic}:$ELASTIC_PASSWORD")
fi

[ -r "$file" ] || { echo "kibana-setup: cannot read $file" >&2; exit 1; }

# Kibana answers HTTP long before its saved-objects service is ready: wait for overall "available".
deadline=$((SECONDS + wait_seconds))
until curl -s --max-time 5 "${auth[@]}" "$url/api/status" | grep -Eq '"overall":\{[^}]*"level":"available"'; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "kibana-setup: Kibana at $url not available after ${wait_seconds}s" >&2
    exit 1
  fi
  sleep "${KIBANA_POLL_SECONDS:-3}"
done

body=$(mktemp)
trap 'rm -f "$body"' EXIT
code=$(curl -s --max-time 120 "${auth[@]}" -o "$body" -w '%{http_code}' -X POST \
  -H 'kbn-xsrf: newsroom' -F "file=@$file" "$url/api/saved_objects/_import?overwrite=true")
if [ "$code" != 200 ] || ! grep -q '"success":true' "$body"; then
  echo "kibana-setup: import of $file failed (HTTP $code): $(cat "$body")" >&2
  exit 1
fi
echo "kibana-setup: imported $(grep -o '"successCount":[0-9]*' "$body" | cut -d: -f2) saved objects from $file into $url"
