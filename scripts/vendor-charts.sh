#!/usr/bin/env bash
# Refreshes the chart libraries the site serves (src/Yardstick.Web/Assets/vendor/*.min.js) from npm, at the exact
# versions in src/Yardstick.Web/Assets/package-lock.json. The minified builds are committed, so `yardstick up` needs
# only the .NET SDK; this script is for whoever bumps a version:
#   1. edit the versions in src/Yardstick.Web/Assets/package.json
#   2. scripts/vendor-charts.sh --update   (re-resolves package-lock.json, then copies the builds)
#   3. dotnet test --project tests/Yardstick.Web.Tests   (VendoredChartsTests checks files against the lock)
set -euo pipefail
cd "$(dirname "$0")/../src/Yardstick.Web/Assets"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp package.json "$work/"
if [ "${1:-}" = "--update" ]; then
  (cd "$work" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error)
  cp "$work/package-lock.json" package-lock.json
else
  cp package-lock.json "$work/"
  (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
# The UMD builds: vega defines window.vega, vega-lite window.vegaLite, vega-embed window.vegaEmbed (tooltip included).
# Source-map comments are dropped: the maps are not served, and a browser would ask for them.
for f in vega/build/vega.min.js vega-lite/build/vega-lite.min.js vega-embed/build/vega-embed.min.js; do
  sed -e 's|//# sourceMappingURL=.*$||' "$work/node_modules/$f" > "vendor/$(basename "$f")"
done
# Each library's licence travels with it.
for p in vega vega-lite vega-embed; do
  cp "$work/node_modules/$p/LICENSE" "vendor/$p.LICENSE"
done
echo "vendored: $(cd vendor && ls)"
