"""Linux desktop integration: desktop entry, AppStream metadata, MIME type, icons and install.sh.

The freedesktop validators themselves judge the files; install.sh runs for real into temporary folders.
"""

from __future__ import annotations

from helpers.paths import REPO
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import werkstatt
from helpers.scripts import load_script

ROOT = REPO
LINUX = ROOT / "installer" / "linux"
APP_ID = "de.prozesswerkstatt.Werkstatt"
MIME_TYPE = "application/x-werkstatt-package"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / "werkstatt-package.xml"
INSTALL = LINUX / "install.sh"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def require(tool: str, apt_package: str) -> str:
    """The tool's path; a developer without it skips, CI without it fails (bootstrap.sh --tests installs it)."""
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is missing (apt package {apt_package})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def load_render_icons() -> ModuleType:
    return load_script("tools/render_icons.py")


def desktop_entry(path: Path) -> dict[str, str]:
    entry: dict[str, str] = {}
    group = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line
        elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entry[key] = value
    return entry


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def no_complaints(output: str, markers: tuple[str, ...]) -> list[str]:
    return [line for line in output.splitlines() if any(marker in line for marker in markers)]


# --- the files themselves ---------------------------------------------------------------------------------------


def test_desktop_entry_passes_desktop_file_validate() -> None:
    validate = require("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True, timeout=30)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Hints too: a missing main category puts the entry into a catch-all menu section.
    assert no_complaints(output, ("error:", "warning:", "hint:")) == [], output


def test_metainfo_passes_appstreamcli_validate() -> None:
    appstreamcli = require("appstreamcli", "appstream")
    # Pedantic hints are allowed (the chosen id has capitals, which AppStream only mentions); nothing more.
    result = subprocess.run([appstreamcli, "validate", "--no-net", "--pedantic", str(METAINFO)],
                            capture_output=True, text=True, timeout=30)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert no_complaints(output, ("E:", "W:", "I:")) == [], output


def test_metainfo_release_is_the_package_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == werkstatt.__version__, "add a <release> on top for the new version"


def test_desktop_entry_metainfo_mime_xml_and_icons_name_the_same_things() -> None:
    entry = desktop_entry(DESKTOP)
    component = ET.parse(METAINFO).getroot()
    mime_types = ET.parse(MIME_XML).getroot().findall(f"{MIME_NS}mime-type")
    tool = load_render_icons()

    assert entry["Icon"] == APP_ID == component.findtext("id") == tool.APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert entry["Exec"].split()[0] == component.findtext("provides/binary") == "werkstatt"
    assert entry["Exec"].split()[1:] == ["open", "%f"]
    assert entry["MimeType"].rstrip(";").split(";") == [MIME_TYPE]
    assert [m.text for m in component.findall("provides/mediatype")] == [MIME_TYPE]
    assert [m.get("type") for m in mime_types] == [MIME_TYPE]
    assert mime_types[0].find(f"{MIME_NS}glob").get("pattern") == "*.werkstatt"
    assert {c.get(XML_LANG): c.text for c in mime_types[0].findall(f"{MIME_NS}comment")} == {
        None: "Werkstatt package", "de": "Werkstatt-Paket"}
    # Without an <icon> element the MIME type's icon is its name with "-" for "/": what render_icons writes.
    assert MIME_TYPE.replace("/", "-") == tool.PACKAGE_ICON
    assert entry["Categories"].rstrip(";").split(";") == [c.text for c in component.findall("categories/category")]


def test_update_mime_database_knows_werkstatt_packages(tmp_path: Path) -> None:
    update = require("update-mime-database", "shared-mime-info")
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME_XML, tmp_path / "packages")
    result = subprocess.run([update, str(tmp_path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert f"50:{MIME_TYPE}:*.werkstatt" in (tmp_path / "globs2").read_text().splitlines()
    assert f"{MIME_TYPE} application/zip" in (tmp_path / "subclasses").read_text().splitlines()
    assert (tmp_path / "mime.cache").stat().st_size > 0


# --- icons ----------------------------------------------------------------------------------------------------------


def test_render_icons_writes_every_size_and_a_windows_icon(qapp, tmp_path: Path) -> None:
    tool = load_render_icons()
    written = tool.render_icons(tmp_path)
    hicolor = tmp_path / "hicolor"
    expected = [hicolor / f"{n}x{n}" / context / f"{name}.png" for context, name in
                (("apps", APP_ID), ("mimetypes", "application-x-werkstatt-package")) for n in SIZES]
    for path in expected:
        assert png_size(path.read_bytes()) == (int(path.parent.parent.name.split("x")[0]),) * 2, path
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == tool.APP_SVG.read_bytes()
    assert (hicolor / "scalable" / "mimetypes" / "application-x-werkstatt-package.svg").is_file()
    assert set(expected) <= set(written) and all(path.is_file() for path in written)

    for ico in (tmp_path / "werkstatt.ico", tmp_path / "werkstatt-package.ico"):
        data = ico.read_bytes()
        reserved, kind, count = struct.unpack_from("<HHH", data)
        assert (reserved, kind, count) == (0, 1, 6)
        end = 6 + 16 * count
        sizes = []
        for index in range(count):
            width, height, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
            side = width or 256
            assert (height or 256) == side and planes == 1 and bits == 32
            assert offset == end, "entries follow each other without gaps"
            end = offset + length
            image = data[offset:end]
            if side == 256:
                assert png_size(image) == (256, 256)
            else:
                header = struct.unpack_from("<IiiHH", image)
                assert header == (40, side, 2 * side, 1, 32)
                assert length == 40 + side * side * 4 + ((side + 31) // 32) * 4 * side
            sizes.append(side)
        assert end == len(data)
        assert sizes == [16, 24, 32, 48, 64, 256]


def test_the_svg_sources_stay_in_what_every_renderer_draws() -> None:
    """Qt's SVG Tiny 1.2 subset: no filters, masks, clipping or CSS; and no editor metadata."""
    tool = load_render_icons()
    allowed = {"svg", "title", "desc", "defs", "linearGradient", "radialGradient", "stop", "g", "rect", "circle",
               "ellipse", "line", "polyline", "polygon", "path"}
    for svg in (tool.APP_SVG, tool.PACKAGE_SVG):
        root = ET.parse(svg).getroot()
        assert root.get("viewBox") == "0 0 64 64", "square, on the 4-unit grid the shapes are drawn on"
        for element in root.iter():
            namespace, _, name = element.tag.rpartition("}")
            assert namespace == "{http://www.w3.org/2000/svg" and name in allowed, f"{svg.name}: <{element.tag}>"
            assert not {"style", "class", "filter", "mask", "clip-path"} & set(element.attrib), f"{svg.name}: <{name}>"


def test_the_16_px_icon_keeps_its_shapes_on_whole_pixels(qapp) -> None:
    from PySide6.QtGui import QColor

    tool = load_render_icons()
    image = tool.render(tool.APP_SVG, 16)
    pixel = image.pixelColor
    assert pixel(0, 0).alpha() < 128, "the tile has rounded corners"
    # The first box (columns 2-6, rows 1-3) and the connector (column 8) fill whole pixels: white up to their
    # edges (only the rounded corners blend a little), where a half-pixel offset would blend half blue.
    box = [pixel(x, y) for x in range(2, 7) for y in range(1, 4)]
    assert min(min(c.red(), c.green(), c.blue()) for c in box) >= 0xE8
    assert {pixel(x, y).name(QColor.NameFormat.HexArgb) for x in range(3, 6) for y in range(1, 4)} == {"#ffffffff"}
    assert {pixel(8, y).name(QColor.NameFormat.HexArgb) for y in range(2, 6)} == {"#ffffffff"}
    assert pixel(12, 12).name() == "#e69f00", "the last box is the orange of the app's badges"
    assert pixel(3, 12).blue() > pixel(3, 12).red() + 80, "the tile is blue"


def test_other_renderers_draw_the_svg_icons_as_qt_does(qapp, tmp_path: Path) -> None:
    """rsvg (GNOME, most file managers) must agree with Qt, which renders the PNGs: no Qt-only SVG in the sources."""
    from PySide6.QtGui import QImage

    rsvg = require("rsvg-convert", "librsvg2-bin")
    tool = load_render_icons()
    for svg in (tool.APP_SVG, tool.PACKAGE_SVG):
        target = tmp_path / f"{svg.stem}.png"
        subprocess.run([rsvg, "-w", "48", "-h", "48", str(svg), "-o", str(target)], check=True, timeout=30)
        theirs = QImage(str(target)).convertToFormat(QImage.Format.Format_ARGB32)
        ours = tool.render(svg, 48)
        difference = sum(abs(a - b) for a, b in zip(bytes(theirs.constBits()), bytes(ours.constBits()), strict=True))
        assert difference / (48 * 48 * 4) < 2.0, f"{svg.name}: rsvg and Qt disagree"


# --- install.sh -----------------------------------------------------------------------------------------------------


@pytest.fixture
def build(tmp_path: Path) -> Path:
    """A stand-in for the frozen program: a script that says how it was called, its _internal/ and the icons."""
    folder = tmp_path / "build"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "x").write_text("x")
    program = folder / "werkstatt"
    program.write_text('#!/bin/sh\necho "werkstatt $*"\n')
    program.chmod(0o755)
    # The build script's call, as a command: the CLI of tools/render_icons.py is tested on the way.
    subprocess.run([sys.executable, str(ROOT / "tools" / "render_icons.py"), str(folder / "share" / "icons")],
                   check=True, capture_output=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return folder


def run_install(*args: str, home: Path, lang: str = "C") -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("XDG_") and key not in ("DESTDIR", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(HOME=str(home), LANG=lang)
    return subprocess.run(["bash", str(INSTALL), *args], capture_output=True, text=True, timeout=60, env=env)


def installed_icons(hicolor: Path) -> set[str]:
    return {str(p.relative_to(hicolor)) for p in hicolor.rglob("*") if p.is_file() and p.name != "icon-theme.cache"}


def test_install_sh_for_the_user_and_uninstall_keeps_the_data(build: Path, tmp_path: Path) -> None:
    require("update-mime-database", "shared-mime-info")
    home = tmp_path / "home"
    data = home / ".local" / "share" / "werkstatt" / "werkstatt.sqlite"
    data.parent.mkdir(parents=True)
    data.write_text("the facilitator's workshops")
    share = home / ".local" / "share"
    lib = home / ".local" / "lib" / "werkstatt"

    result = run_install(str(build), home=home)
    assert result.returncode == 0, result.stderr
    link = home / ".local" / "bin" / "werkstatt"
    assert link.is_symlink() and Path(os.readlink(link)) == lib / "werkstatt"
    assert subprocess.run([str(link), "--version"], capture_output=True, text=True).stdout == "werkstatt --version\n"
    assert (lib / "_internal" / "x").read_text() == "x"
    desktop = share / "applications" / DESKTOP.name
    assert desktop_entry(desktop)["Exec"] == f'"{lib}/werkstatt" open %f', "the menu does not rely on PATH"
    validate = shutil.which("desktop-file-validate")
    if validate:
        assert subprocess.run([validate, str(desktop)], capture_output=True, text=True).stdout == ""
    assert (share / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()
    assert (share / "mime" / "packages" / MIME_XML.name).read_bytes() == MIME_XML.read_bytes()
    assert f"{MIME_TYPE}:*.werkstatt" in (share / "mime" / "globs2").read_text()
    if shutil.which("update-desktop-database"):
        assert f"{MIME_TYPE}={DESKTOP.name};" in (share / "applications" / "mimeinfo.cache").read_text()
    assert installed_icons(share / "icons" / "hicolor") == installed_icons(build / "share" / "icons" / "hicolor")
    assert len(installed_icons(share / "icons" / "hicolor")) == 2 * len(SIZES) + 2

    result = run_install("--uninstall", home=home, lang="de_DE.UTF-8")
    assert result.returncode == 0, result.stderr
    assert f"Ihre Werkstätten bleiben in {share}/werkstatt" in result.stderr
    assert not lib.exists() and not link.exists() and not link.is_symlink()
    assert not desktop.exists() and not (share / "metainfo" / METAINFO.name).exists()
    assert not (share / "mime" / "packages" / MIME_XML.name).exists()
    assert MIME_TYPE not in (share / "mime" / "globs2").read_text()
    assert installed_icons(share / "icons" / "hicolor") == set()
    assert data.read_text() == "the facilitator's workshops"


def test_install_sh_system_wide_into_a_staging_root(build: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    result = run_install("--system", "--root", str(root), str(build), home=tmp_path / "nobody")
    assert result.returncode == 0, result.stderr
    assert (root / "opt" / "werkstatt" / "werkstatt").is_file()
    assert os.readlink(root / "usr" / "local" / "bin" / "werkstatt") == "/opt/werkstatt/werkstatt"
    assert desktop_entry(root / "usr" / "share" / "applications" / DESKTOP.name)["Exec"] == (
        '"/opt/werkstatt/werkstatt" open %f')
    assert (root / "usr" / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (root / "usr" / "share" / "mime" / "packages" / MIME_XML.name).is_file()
    assert not (root / "usr" / "share" / "mime" / "mime.cache").exists(), "a staged tree gets no caches"
    assert not (tmp_path / "nobody").exists()
    appstreamcli = shutil.which("appstreamcli")
    if appstreamcli:
        tree = subprocess.run([appstreamcli, "validate-tree", "--no-net", str(root)], capture_output=True, text=True)
        assert tree.returncode == 0 and no_complaints(tree.stdout, ("E:", "W:")) == [], tree.stdout

    result = run_install("--system", "--root", str(root), "--uninstall", home=tmp_path / "nobody")
    assert result.returncode == 0, result.stderr
    assert [p for p in root.rglob("*") if p.is_file() or p.is_symlink()] == []


def test_install_sh_leaves_a_folder_it_did_not_install_alone(build: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    foreign = home / ".local" / "lib" / "werkstatt"
    foreign.mkdir(parents=True)
    (foreign / "notes.txt").write_text("someone else's")
    for args in ((str(build),), ("--uninstall",)):
        result = run_install(*args, home=home)
        assert result.returncode == 1
        assert "not installed by this script" in result.stderr
        assert (foreign / "notes.txt").read_text() == "someone else's"


def test_install_sh_passes_shellcheck() -> None:
    shellcheck = require("shellcheck", "shellcheck")
    result = subprocess.run([shellcheck, str(INSTALL)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout
