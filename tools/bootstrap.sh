#!/usr/bin/env bash
# Set up what Werkstatt needs on a Debian/Ubuntu machine with Python 3.11, once:
# the system libraries Qt loads, and a virtual environment in .venv with the
# package. With --tests also what only the test suite needs (a PostgreSQL server,
# Chromium, NSIS, the PDF and desktop-file checkers, pytest and friends); ./run
# calls it without, so starting the application installs no browser, database
# server or installer compiler. Later calls only check and return quickly.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${WERKSTATT_VENV:-$here/.venv}"
python="${PYTHON:-python3}"
tests=false
case "${1:-}" in
    --tests) tests=true ;;
    "") ;;
    *) printf 'werkstatt: tools/bootstrap.sh takes only --tests, not %s\n' "$1" >&2; exit 2 ;;
esac

say() { printf 'werkstatt: %s\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else say "needs root to install system packages: $*"; return 1
    fi
}

# Qt's xcb and offscreen platforms load these; a fresh minimal Debian lacks them.
# Graphviz draws the register's process map (werkstatt map).
apt_packages=(
    python3-venv libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
    libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
    fonts-dejavu-core graphviz
    # WeasyPrint writes the protocol PDF with Pango and HarfBuzz (issue 19).
    libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
)
test_apt_packages=(
    # The tests read the PDFs back.
    poppler-utils qpdf
    # The register tests start a throwaway PostgreSQL cluster from these server binaries.
    postgresql-15
    # The BPMN tests open the exports with bpmn.io's own libraries, bpmn-js in headless Chromium
    # (tools/bpmn-kit, installed by tools/bpmn_kit.py with npm).
    chromium chromium-driver
    # The distribution tests: makensis compiles the Windows installer; the Linux desktop files are
    # checked by their own validators; the icons are compared with librsvg; install.sh with shellcheck.
    nsis desktop-file-utils appstream shared-mime-info librsvg2-bin shellcheck
    # PyInstaller reads the shared libraries' dependencies with objdump.
    binutils
)
if $tests; then
    apt_packages+=("${test_apt_packages[@]}")
    # PyInstaller bundles the interpreter's shared library, which Debian's own Python keeps in a package of its own.
    case "$(command -v "${PYTHON:-python3}" 2>/dev/null)" in
        /usr/bin/*) apt_packages+=("libpython$("${PYTHON:-python3}" -c 'import sys; print("%d.%d" % sys.version_info[:2])')") ;;
    esac
    # Node.js and npm for the BPMN kit: the machine's own when it has them (a newer Node than Debian's).
    command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || apt_packages+=(nodejs npm)
fi
# WERKSTATT_BOOTSTRAP_PLAN=1 only says what this mode would install (the tests check that ./run's
# mode installs no browser, database server or installer compiler), and changes nothing.
if [ "${WERKSTATT_BOOTSTRAP_PLAN:-}" = 1 ]; then
    printf 'apt: %s\n' "${apt_packages[*]}"
    if $tests; then printf 'pip: -e %s[test]\n' "$here"; else printf 'pip: -e %s\n' "$here"; fi
    exit 0
fi
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    missing=()
    for package in "${apt_packages[@]}" ${WERKSTATT_EXTRA_APT:-}; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [[ " ${missing[*]:-} " == *" postgresql-15 "* ]]; then
        # Debian's postinst creates and starts a cluster 15/main unless create_main_cluster is off
        # (read by pg_conftool from createcluster.conf, which includes this drop-in folder). The tests
        # bring their own cluster, so none is left running on port 5432. Written before the install,
        # as that is when the postinst reads it; policy-rc.d is not needed: with no cluster the
        # service start in the postinst starts nothing.
        as_root mkdir -p /etc/postgresql-common/createcluster.d
        printf '# Werkstatt (tools/bootstrap.sh): no default cluster; the tests start their own.\ncreate_main_cluster = false\n' \
            | as_root tee /etc/postgresql-common/createcluster.d/werkstatt.conf >/dev/null
    fi
    if [ ${#missing[@]} -gt 0 ]; then
        say "installing system packages: ${missing[*]}"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
fi

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "Python 3.11 or newer is needed ($python is $("$python" --version 2>&1))."
    exit 1
fi

# The application alone, or with the test tools (the [test] extra); each has its own stamp.
if $tests; then extra="[test]"; stamp="$venv/.werkstatt-tests-installed"
else extra=""; stamp="$venv/.werkstatt-installed"
fi
if [ ! -x "$venv/bin/python" ]; then
    say "creating the virtual environment in $venv"
    "$python" -m venv "$venv"
fi
if [ ! -f "$stamp" ] || [ "$here/pyproject.toml" -nt "$stamp" ] || [ "$here/setup.py" -nt "$stamp" ]; then
    if $tests; then say "installing Werkstatt and its test tools into $venv"
    else say "installing Werkstatt into $venv"
    fi
    "$venv/bin/python" -m pip install --quiet --upgrade pip
    "$venv/bin/python" -m pip install --quiet -e "$here$extra"
    touch "$stamp"
    # The test installation includes the application's.
    if $tests; then touch "$venv/.werkstatt-installed"; fi
fi
# The compiled catalogues (.qm) are build output: made here for a checkout, by setup.py for a wheel.
"$venv/bin/python" "$here/tools/translations.py" ensure
