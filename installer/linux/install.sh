#!/usr/bin/env bash
# Install the frozen Werkstatt (the folder with the program `werkstatt` and its `_internal/`) on Linux,
# for the current user or for everyone, with its desktop entry, AppStream metadata, icons and the MIME
# type of .werkstatt packages. `--uninstall` removes exactly that and keeps the users' workshops.
#
# Where the pieces come from: the program and the icons from the build folder (the icons as
# tools/render_icons.py writes them into BUILD/share/icons/hicolor); the .desktop, .metainfo.xml and
# MIME XML from the folder this script is in (installer/linux/ in the source tree, or the build folder
# when the build script has copied them next to the program).
set -euo pipefail

app_id=de.prozesswerkstatt.Werkstatt
mime_icon=application-x-werkstatt-package
mime_xml=werkstatt-package.xml
marker=.werkstatt-installed  # in the program folder: only a folder carrying it is ever replaced or removed
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in de*) german=1 ;; *) german=0 ;; esac
# say ENGLISH GERMAN: one line on stderr in the user's language.
say() { if [ "$german" = 1 ]; then printf 'werkstatt: %s\n' "$2" >&2; else printf 'werkstatt: %s\n' "$1" >&2; fi; }
die() { say "$1" "$2"; exit 1; }

usage() {
    cat <<'EOF'
Usage: install.sh [--system] [--root DIR] [--uninstall] [BUILD]

Installs the frozen Werkstatt in BUILD (the folder holding `werkstatt` and `_internal/`; default: the
folder of this script).

  (default)    for the current user: ~/.local/lib/werkstatt, ~/.local/bin/werkstatt and
               ~/.local/share/{applications,metainfo,icons,mime}
  --system     for everyone (as root): /opt/werkstatt, /usr/local/bin/werkstatt and
               /usr/share/{applications,metainfo,icons,mime}
  --root DIR   put every file under DIR (like DESTDIR, for packaging): the paths written into the
               files stay the final ones, and no caches are updated. DESTDIR in the environment does
               the same.
  --uninstall  remove what an installation put there; the workshops, settings and logs of the
               users stay
EOF
}

system=0
uninstall=0
root="${DESTDIR:-}"
build=""
while [ $# -gt 0 ]; do
    case "$1" in
        --system) system=1 ;;
        --uninstall) uninstall=1 ;;
        --root) [ $# -ge 2 ] || die "--root needs a folder" "--root braucht einen Ordner"; root="$2"; shift ;;
        --root=*) root="${1#--root=}" ;;
        -h | --help) usage; exit 0 ;;
        -*) usage >&2; die "unknown option: $1" "unbekannte Option: $1" ;;
        *) [ -z "$build" ] || die "only one build folder, please" "bitte nur einen Build-Ordner"; build="$1" ;;
    esac
    shift
done
root="${root%/}"

if [ "$system" = 1 ]; then
    libdir=/opt/werkstatt
    bindir=/usr/local/bin
    sharedir=/usr/share
    if [ -z "$root" ] && [ "$(id -u)" -ne 0 ]; then
        die "--system needs root: run it with sudo" "--system braucht Root-Rechte: mit sudo aufrufen"
    fi
else
    [ -n "${HOME:-}" ] || die "HOME is not set" "HOME ist nicht gesetzt"
    libdir="$HOME/.local/lib/werkstatt"
    bindir="$HOME/.local/bin"
    sharedir="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
appsdir="$sharedir/applications"
metainfodir="$sharedir/metainfo"
iconsdir="$sharedir/icons/hicolor"
mimedir="$sharedir/mime"

# The caches that make menus, icons and file types see the change; a staged (--root) tree gets none,
# as a package's own triggers build them on the target machine.
update_caches() {
    [ -z "$root" ] || return 0
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$mimedir" >/dev/null 2>&1 \
            || say "update-mime-database $mimedir failed" "update-mime-database $mimedir ist gescheitert"
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$appsdir" \
            || say "update-desktop-database $appsdir failed" "update-desktop-database $appsdir ist gescheitert"
    fi
    # GTK only trusts a cache that exists already; a per-user hicolor folder normally has none.
    if [ -f "$iconsdir/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$iconsdir" \
            || say "gtk-update-icon-cache $iconsdir failed" "gtk-update-icon-cache $iconsdir ist gescheitert"
    fi
}

remove_installed() {
    local link="$root$bindir/werkstatt"
    if [ -L "$link" ] && [ "$(readlink "$link")" = "$libdir/werkstatt" ]; then
        rm -f "$link"
    fi
    rm -f "$root$appsdir/$app_id.desktop" "$root$metainfodir/$app_id.metainfo.xml" \
        "$root$mimedir/packages/$mime_xml"
    local icon
    for icon in "$root$iconsdir"/*/apps/"$app_id".png "$root$iconsdir"/*/apps/"$app_id".svg \
        "$root$iconsdir"/*/mimetypes/"$mime_icon".png "$root$iconsdir"/*/mimetypes/"$mime_icon".svg; do
        [ -e "$icon" ] || continue
        rm -f "$icon"
        # A user's own icon folders go when they are empty; the system's belong to hicolor-icon-theme.
        if [ "$system" = 0 ] && rmdir "$(dirname "$icon")" 2>/dev/null; then
            rmdir "$(dirname "$(dirname "$icon")")" 2>/dev/null || true
        fi
    done
    if [ -f "$root$libdir/$marker" ]; then
        rm -rf "$root$libdir"
    fi
}

if [ "$uninstall" = 1 ]; then
    if [ -e "$root$libdir" ] && [ ! -f "$root$libdir/$marker" ]; then
        die "$root$libdir was not installed by this script; it stays" \
            "$root$libdir wurde nicht von diesem Skript installiert; es bleibt"
    fi
    remove_installed
    update_caches
    say "Werkstatt removed." "Werkstatt ist entfernt."
    if [ "$system" = 1 ]; then
        say "Each user's workshops, settings and logs stay in their home folder (~/.local/share/werkstatt, ~/.config/werkstatt, ~/.local/state/werkstatt)." \
            "Die Werkstätten, Einstellungen und Logdateien jedes Benutzers bleiben in seinem Home-Ordner (~/.local/share/werkstatt, ~/.config/werkstatt, ~/.local/state/werkstatt)."
    else
        say "Your workshops stay in ${XDG_DATA_HOME:-$HOME/.local/share}/werkstatt, your settings in ${XDG_CONFIG_HOME:-$HOME/.config}/werkstatt and the logs in ${XDG_STATE_HOME:-$HOME/.local/state}/werkstatt: delete those folders to remove them too." \
            "Ihre Werkstätten bleiben in ${XDG_DATA_HOME:-$HOME/.local/share}/werkstatt, die Einstellungen in ${XDG_CONFIG_HOME:-$HOME/.config}/werkstatt und die Logdateien in ${XDG_STATE_HOME:-$HOME/.local/state}/werkstatt: löschen Sie diese Ordner, um auch sie zu entfernen."
    fi
    exit 0
fi

build="$(cd "${build:-$here}" 2>/dev/null && pwd)" || die "no such build folder: ${build:-$here}" "Build-Ordner fehlt: ${build:-$here}"
if [ ! -x "$build/werkstatt" ] || [ ! -d "$build/_internal" ]; then
    die "$build is not a frozen Werkstatt (needs werkstatt and _internal/)" \
        "$build ist kein gebautes Werkstatt (werkstatt und _internal/ fehlen)"
fi
[ -d "$build/share/icons/hicolor" ] \
    || die "no icons in $build/share/icons/hicolor: run tools/render_icons.py $build/share/icons" \
        "keine Symbole in $build/share/icons/hicolor: tools/render_icons.py $build/share/icons aufrufen"
for file in "$app_id.desktop" "$app_id.metainfo.xml" "$mime_xml"; do
    [ -f "$here/$file" ] || die "$here/$file is missing" "$here/$file fehlt"
done
case "$libdir" in
    *[\"\`\$\\]*) die "cannot install into a folder whose name holds \" \` \$ or \\: $libdir" \
        "kann nicht in einen Ordner installieren, dessen Name \" \` \$ oder \\ enthält: $libdir" ;;
esac
if [ -e "$root$libdir" ] && [ ! -f "$root$libdir/$marker" ]; then
    die "$root$libdir exists and was not installed by this script; remove it first" \
        "$root$libdir gibt es schon, aber nicht von diesem Skript installiert; bitte erst entfernen"
fi

# Copy next to the old version first and swap at the end, so that a failed copy leaves it working.
mkdir -p "$(dirname "$root$libdir")"
staging="$(mktemp -d "$root$libdir.new.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
cp -R -p "$build/." "$staging/"
printf 'Installed by install.sh; --uninstall removes this whole folder.\n' >"$staging/$marker"
chmod 755 "$staging"
remove_installed
mv "$staging" "$root$libdir"
trap - EXIT

mkdir -p "$root$bindir" "$root$appsdir" "$root$metainfodir" "$root$mimedir/packages"
if [ -e "$root$bindir/werkstatt" ] || [ -L "$root$bindir/werkstatt" ]; then
    say "$root$bindir/werkstatt exists already and stays; the menu entry does not need it" \
        "$root$bindir/werkstatt gibt es schon, es bleibt; der Menüeintrag braucht es nicht"
else
    ln -s "$libdir/werkstatt" "$root$bindir/werkstatt"
fi

# The menu entry starts the program by its full path: ~/.local/bin is not on every session's PATH.
exec_path="$libdir/werkstatt"
exec_path="${exec_path//\%/%%}"  # a literal % is %% in Exec
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        Exec=werkstatt*) printf 'Exec="%s"%s\n' "$exec_path" "${line#Exec=werkstatt}" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$here/$app_id.desktop" >"$root$appsdir/$app_id.desktop"
chmod 644 "$root$appsdir/$app_id.desktop"
install -m 644 "$here/$app_id.metainfo.xml" "$root$metainfodir/$app_id.metainfo.xml"
install -m 644 "$here/$mime_xml" "$root$mimedir/packages/$mime_xml"

count=0
for icon in "$build/share/icons/hicolor"/*/apps/"$app_id".* "$build/share/icons/hicolor"/*/mimetypes/"$mime_icon".*; do
    [ -f "$icon" ] || continue
    relative="${icon#"$build/share/icons/hicolor/"}"
    mkdir -p "$(dirname "$root$iconsdir/$relative")"
    install -m 644 "$icon" "$root$iconsdir/$relative"
    count=$((count + 1))
done
[ "$count" -gt 0 ] || die "no Werkstatt icons in $build/share/icons/hicolor" "keine Werkstatt-Symbole in $build/share/icons/hicolor"

update_caches
say "Werkstatt is installed in $root$libdir." "Werkstatt ist in $root$libdir installiert."
if [ -z "$root" ] && [ "$system" = 0 ]; then
    case ":$PATH:" in
        *":$bindir:"*) ;;
        *) say "$bindir is not on your PATH: start Werkstatt from the menu, or as $libdir/werkstatt" \
            "$bindir ist nicht in Ihrem PATH: Werkstatt aus dem Menü starten oder als $libdir/werkstatt" ;;
    esac
fi
