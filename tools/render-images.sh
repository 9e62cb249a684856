#!/usr/bin/env bash
# Regenerates docs/images/*.png: the PAR/SIPAS/PAPI example plan rendered with the default templates,
# converted to PDF by LibreOffice and rasterised at 80 dpi. Pages: the first page, the page with the
# signature block, and the first page of each appendix.
# Needs: dotnet, soffice (LibreOffice), pdfinfo, pdftoppm and pdftotext (poppler-utils).
# Run from anywhere: tools/render-images.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
name="vinh-phong-par-sipas-papi-2026"
images="$root/docs/images"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for tool in dotnet soffice pdfinfo pdftoppm pdftotext; do
  command -v "$tool" >/dev/null || { echo "render-images.sh: $tool is not installed" >&2; exit 2; }
done

# 1. Render every example plan to out/*.docx (the QuickStart does exactly what a user would).
(cd "$root" && dotnet run --project examples/QuickStart >/dev/null)

# 2. .docx -> PDF, with a throw-away LibreOffice profile. Times New Roman is replaced by Liberation Serif;
#    when both Liberation 1.x and 2.x are installed, LibreOffice may take 1.x, which lacks most Vietnamese
#    precomposed letters, and print those from DejaVu Serif (other widths, uneven lines). Hide 1.x then.
if [ -d /usr/share/fonts/truetype/liberation2 ]; then
  cat > "$work/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont><rejectfont><glob>/usr/share/fonts/truetype/liberation/*</glob></rejectfont></selectfont>
</fontconfig>
CONF
  export FONTCONFIG_FILE="$work/fonts.conf"
fi
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf \
  --outdir "$work" "$root/out/$name.docx" >/dev/null 2>&1
pdf="$work/$name.pdf"
pages="$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')"

# 3. Find the pages to show by their text.
first_page_with() {
  local pattern="$1" page
  for ((page = 1; page <= pages; page++)); do
    if pdftotext -f "$page" -l "$page" -layout "$pdf" - | grep -q -- "$pattern"; then
      echo "$page"; return
    fi
  done
  echo "render-images.sh: no page contains '$pattern'" >&2; exit 1
}

render() { # page, output name
  pdftoppm -png -r 80 -f "$1" -l "$1" -singlefile "$pdf" "$images/$2"
  echo "docs/images/$2.png  (page $1 of $pages)"
}

mkdir -p "$images"
render 1 "$name-page-1"
render "$(first_page_with 'Nơi nhận:')" "$name-signature"
render "$(first_page_with 'Phụ lục 1')" "$name-appendix-1"
render "$(first_page_with 'Phụ lục 2')" "$name-appendix-2"
