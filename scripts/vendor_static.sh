#!/bin/sh
# Copy front-end libraries from node_modules into the package's static folder.
# Run after `npm ci`; the copied files are committed so the workbench needs no npm or CDN.
set -eu
cd "$(dirname "$0")/.."
[ -d node_modules/htmx.org ] || npm ci --no-audit --no-fund
mkdir -p src/reviewsynth/web/static/vendor
cp node_modules/htmx.org/dist/htmx.min.js src/reviewsynth/web/static/vendor/htmx.min.js
cp node_modules/htmx.org/LICENSE src/reviewsynth/web/static/vendor/htmx.LICENSE
echo "vendored htmx $(node -p "require('./node_modules/htmx.org/package.json').version")"
