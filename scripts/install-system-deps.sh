#!/bin/sh
# Install the Debian packages the toolkit needs, when they are missing.
#   install-system-deps.sh        what the PDFs need: Pango for WeasyPrint, HarfBuzz's
#                                 subsetter (fast, reproducible font subsetting) and the
#                                 Noto fonts that cover Korean and Arabic
#   install-system-deps.sh test   that, and what the tests need: Chromium for the
#                                 browser tests, Node.js and npm for axe-core, poppler's
#                                 pdftotext (text copied out of the PDFs), gettext's
#                                 msgcat (PO files round-trip through it unchanged)
set -eu

PACKAGES="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-noto-core fonts-noto-cjk"
# Debian's python3 makes virtual environments only with python3-venv.
python3 -c "import ensurepip, venv" >/dev/null 2>&1 || PACKAGES="$PACKAGES python3-venv"
if [ "${1:-}" = "test" ]; then
    PACKAGES="$PACKAGES chromium poppler-utils gettext"
    command -v npm >/dev/null 2>&1 || PACKAGES="$PACKAGES nodejs npm"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: not a Debian system; install Pango, HarfBuzz's subset library and the" >&2
    echo "system-deps: Noto Sans CJK and Noto Naskh Arabic fonts with your package manager." >&2
    exit 0
fi

missing=""
for package in $PACKAGES; do
    [ "$package" = python3-venv ] && { missing="$missing $package"; continue; }
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
        *"install ok installed"*) ;;
        *) missing="$missing $package" ;;
    esac
done
[ -z "$missing" ] && exit 0

echo "system-deps: installing$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "system-deps: run as root: apt-get install$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086 # word splitting of the package list is intended
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
