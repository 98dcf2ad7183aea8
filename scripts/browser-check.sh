#!/usr/bin/env bash
# Renders the HTML poster and the Mermaid diagrams in a real browser: installs Debian's
# chromium and the npm package mermaid (outside the repository), then runs tests/browser.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x /usr/bin/chromium ]; then
    apt-get install -y chromium >/dev/null
fi
tools="${TMPDIR:-/tmp}/parcours-mermaid"
if [ ! -f "$tools/node_modules/mermaid/dist/mermaid.min.js" ]; then
    mkdir -p "$tools"
    (cd "$tools" && npm init -y >/dev/null && npm install --silent mermaid@11 >/dev/null)
fi
MERMAID_JS="$tools/node_modules/mermaid/dist/mermaid.min.js" \
    cargo test --test browser -- --nocapture
