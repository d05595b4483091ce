#!/usr/bin/env bash
# Renders the icon's PNGs (every size a desktop or installer asks for) from exemption-advisor.svg.
# Needs rsvg-convert (Debian: librsvg2-bin) and ImageMagick. The PNGs are committed; run this after changing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" exemption-advisor.svg -o "exemption-advisor-$size.png"
done
# Windows wants one .ico holding the sizes it uses (ImageMagick).
convert exemption-advisor-{16,24,32,48,64,256}.png exemption-advisor.ico
