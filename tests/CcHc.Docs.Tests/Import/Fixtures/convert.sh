#!/usr/bin/env bash
# Rebuilds the LibreOffice-made .docx fixtures from their sources (needs soffice; the tests do not).
# Usage: bash tests/CcHc.Docs.Tests/Import/Fixtures/convert.sh
set -euo pipefail
cd "$(dirname "$0")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
for source in *.html *.fodt; do
  [ -e "$source" ] || continue
  filter=""
  case "$source" in *.html) filter="--infilter=HTML (StarWriter)";; esac
  soffice "-env:UserInstallation=file://$profile" --headless ${filter:+"$filter"} --convert-to "docx:MS Word 2007 XML" --outdir . "$source"
done
