"""The Windows installer script (installer/windows/werkstatt.nsi) compiles with makensis into a setup program.

There is no Windows here to run it, so the tests look at what can be seen from Linux: makensis accepts the script
without a single warning, refuses missing or wrong inputs with a clear message, and the setup program is a PE file
whose version resource, embedded payload, icon and string table hold what the script promises.
"""

from __future__ import annotations

from helpers.paths import REPO
import os
import re
import shutil
import struct
import subprocess
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

NSIS_DIR = REPO / "installer" / "windows"
SCRIPT = NSIS_DIR / "werkstatt.nsi"
NSIS_FILES = sorted([*NSIS_DIR.glob("*.nsi"), *NSIS_DIR.glob("*.nsh")])
BOM = b"\xef\xbb\xbf"
WARNING = re.compile(r"\bwarning \d+:", re.IGNORECASE)

# Unique contents, so that each payload file can be found in an uncompressed setup program.
PAYLOAD_FILES = {
    "werkstatt.exe": b"MZ fake werkstatt.exe 7f3a9c",
    "_internal/base_library.zip": b"nested base library 51be02",
    "_internal/PySide6/plugins/platforms/qwindows.dll": b"deeply nested qt plugin 0c44d1",
    "_internal/LICENSE": b"file without extension 9e21aa",
}


def makensis() -> str:
    path = shutil.which("makensis")
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("makensis is missing (apt-get install nsis)")
        pytest.skip("makensis is not installed (apt-get install nsis)")
    return path


def make_payload(folder: Path, files: dict[str, bytes] = PAYLOAD_FILES) -> Path:
    for name, content in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
    return folder


@dataclass
class Build:
    returncode: int
    output: str  # makensis' stdout and stderr
    exe: Path


def build(folder: Path, *flags: str, verbosity: int = 2, **defines: str) -> Build:
    exe = folder / "Werkstatt-Setup.exe"
    defines.setdefault("OUTFILE", str(exe))
    command = [makensis(), "-WX", f"-V{verbosity}"]
    command += [f"-D{name}={value}" for name, value in defines.items()]
    command += [f"-D{flag}" for flag in flags]
    result = subprocess.run([*command, str(SCRIPT)], capture_output=True, timeout=120, check=False)
    output = (result.stdout + result.stderr).decode("utf-8", errors="replace")
    return Build(result.returncode, output, Path(defines["OUTFILE"]))


@pytest.fixture(scope="module")
def payload(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_payload(tmp_path_factory.mktemp("payload"))


@pytest.fixture(scope="module")
def zlib_build(tmp_path_factory: pytest.TempPathFactory, payload: Path) -> Build:
    """The CI-style build, with the full listing (-V4) of every command makensis compiled."""
    result = build(tmp_path_factory.mktemp("zlib"), verbosity=4, VERSION="0.1.0", PAYLOAD=str(payload),
                   COMPRESSOR="zlib")
    assert result.returncode == 0, result.output[-3000:]
    return result


@pytest.fixture(scope="module")
def plain_build(tmp_path_factory: pytest.TempPathFactory, payload: Path) -> Build:
    """COMPRESSOR=none: payload, uninstaller and string table lie readable in the file."""
    result = build(tmp_path_factory.mktemp("none"), VERSION="0.1.0", PAYLOAD=str(payload), COMPRESSOR="none")
    assert result.returncode == 0, result.output[-3000:]
    return result


def utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def fixed_file_version(exe: bytes) -> tuple[int, int, int, int]:
    """The four numbers of VS_FIXEDFILEINFO.dwFileVersion, as Explorer shows them."""
    at = exe.find(struct.pack("<I", 0xFEEF04BD))
    assert at > 0, "no version resource"
    most, least = struct.unpack_from("<II", exe, at + 8)
    return most >> 16, most & 0xFFFF, least >> 16, least & 0xFFFF


# --- The script's texts (no makensis needed) ---------------------------------------------------------------


def lang_strings(path: Path, language: str) -> dict[str, str]:
    pattern = re.compile(r'^LangString\s+(\w+)\s+\$\{LANG_(\w+)\}\s+"(.*)"\s*$')
    strings: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if not line.startswith("LangString"):
            continue
        match = pattern.match(line)
        assert match, f"{path.name}: cannot read {line!r}"
        ident, lang, text = match.groups()
        assert lang == language, f"{path.name}: {ident} is for {lang}"
        assert ident not in strings, f"{path.name}: {ident} twice"
        assert text.strip(), f"{path.name}: {ident} is empty"
        strings[ident] = text
    return strings


def test_every_text_exists_in_german_and_english() -> None:
    german = lang_strings(NSIS_DIR / "lang_de.nsh", "GERMAN")
    english = lang_strings(NSIS_DIR / "lang_en.nsh", "ENGLISH")
    assert german and set(german) == set(english)
    untranslated = [ident for ident in german if german[ident] == english[ident]]
    assert not untranslated
    assert german["AssocDescription"] == "Werkstatt-Paket"
    assert english["AssocDescription"] == "Werkstatt package"


def test_every_used_text_is_defined() -> None:
    defined = set(lang_strings(NSIS_DIR / "lang_de.nsh", "GERMAN"))
    used: set[str] = set()
    for path in NSIS_FILES:
        used |= set(re.findall(r"\$\((\w+)\)", path.read_text(encoding="utf-8-sig")))
    # MUI_* and MULTIUSER_* come with NSIS's own language files.
    ours = {ident for ident in used if not ident.startswith(("MUI_", "MULTIUSER_"))}
    assert ours - defined == set()
    assert defined - ours == set(), "defined but never used"


def test_files_with_umlauts_carry_a_bom() -> None:
    # Without a BOM makensis on Windows reads the file in the ANSI code page and garbles ä, ö, ü, „ “.
    for path in NSIS_FILES:
        data = path.read_bytes()
        if any(byte > 0x7F for byte in data):
            assert data.startswith(BOM), path.name
            data[len(BOM):].decode("utf-8")


def test_data_page_names_every_place_the_app_keeps_data() -> None:
    for name in ("lang_de.nsh", "lang_en.nsh"):
        info = lang_strings(NSIS_DIR / name, "GERMAN" if name == "lang_de.nsh" else "ENGLISH")["DataPageInfo"]
        assert "$DataDir" in info and "$SettingsDir" in info and r"HKCU\Software\werkstatt" in info
    userdata = (NSIS_DIR / "userdata.nsh").read_text(encoding="utf-8-sig")
    assert r'"$LOCALAPPDATA\werkstatt"' in userdata and r'"$APPDATA\werkstatt"' in userdata


def test_uninstaller_and_app_agree_on_the_data_folders(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should the app move its data, the uninstaller would keep (or delete) the wrong folders.

    Windows' known folders cannot be asked for here, so platformdirs' Windows rules run on fixed ones.
    """
    import platformdirs
    from platformdirs import windows

    from werkstatt.store import paths
    from werkstatt.ui import settings

    local = "C:\\Users\\u\\AppData\\Local"
    monkeypatch.setattr(windows, "get_win_folder",
                        lambda csidl: local if csidl == "CSIDL_LOCAL_APPDATA" else "C:\\elsewhere")
    monkeypatch.setattr(platformdirs, "PlatformDirs", windows.Windows)
    assert str(paths.default_db_path()).replace("/", "\\") == local + "\\werkstatt\\werkstatt.sqlite"
    # QSettings in IniFormat keeps %APPDATA%\ORGANISATION\APPLICATION.ini: %APPDATA%\werkstatt\werkstatt.ini.
    assert (settings.ORGANISATION, settings.APPLICATION) == ("werkstatt", "werkstatt")


# --- Compiling -------------------------------------------------------------------------------------------


def test_compiles_without_warnings_into_a_pe_file(zlib_build: Build) -> None:
    assert not WARNING.search(zlib_build.output)
    exe = zlib_build.exe.read_bytes()
    assert exe[:2] == b"MZ"
    (pe_offset,) = struct.unpack_from("<I", exe, 0x3C)
    assert exe[pe_offset:pe_offset + 4] == b"PE\0\0"


def test_version_resource(zlib_build: Build) -> None:
    exe = zlib_build.exe.read_bytes()
    assert fixed_file_version(exe) == (0, 1, 0, 0)
    for text in ("Werkstatt", "0.1.0", "Werkstatt-Team", "ProductVersion", "LegalCopyright"):
        assert utf16(text) in exe, text


@pytest.mark.parametrize(("version", "quad"), [("2.5", (2, 5, 0, 0)), ("1.12.3rc1", (1, 12, 3, 0))])
def test_version_resource_gets_four_numbers(tmp_path: Path, payload: Path, version: str,
                                            quad: tuple[int, int, int, int]) -> None:
    result = build(tmp_path, VERSION=version, PAYLOAD=str(payload), COMPRESSOR="zlib")
    assert result.returncode == 0, result.output[-3000:]
    exe = result.exe.read_bytes()
    assert fixed_file_version(exe) == quad
    assert utf16(version) in exe  # DisplayVersion and ProductVersion keep the real version


def test_compressors(zlib_build: Build, plain_build: Build) -> None:
    plain = plain_build.exe.read_bytes()
    packed = zlib_build.exe.read_bytes()
    for name, content in PAYLOAD_FILES.items():
        assert content in plain, f"{name} is not in the setup program"
        assert content not in packed, f"{name} was not compressed"


@pytest.mark.parametrize(("compressor", "used"), [(None, "lzma"), ("bzip2", "bzip2")])
def test_release_compressors(tmp_path: Path, payload: Path, compressor: str | None, used: str) -> None:
    """No COMPRESSOR means solid lzma, the release build's."""
    defines = {"VERSION": "0.1.0", "PAYLOAD": str(payload)} | ({"COMPRESSOR": compressor} if compressor else {})
    result = build(tmp_path, verbosity=3, **defines)
    assert result.returncode == 0, result.output[-3000:]
    assert f"Using {used} (compress whole) compression" in result.output
    assert PAYLOAD_FILES["werkstatt.exe"] not in result.exe.read_bytes()


def test_registry_writes_follow_the_install_mode(zlib_build: Build) -> None:
    """SHCTX is HKCU per user and HKLM per machine: nothing may be written to a fixed root."""
    listing = zlib_build.output
    writes = re.findall(r"^WriteReg\w+: (\w+)\\(.*)$", listing, re.MULTILINE)
    assert writes and {root for root, _ in writes} == {"SHCTX"}
    keys = [key for _, key in writes]
    uninstall = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\de.prozesswerkstatt.Werkstatt"
    for value in ("DisplayName", "DisplayVersion=0.1.0", "Publisher=Werkstatt-Team", "DisplayIcon",
                  "InstallLocation", "UninstallString", "QuietUninstallString", "EstimatedSize", "NoModify=1",
                  "NoRepair=1"):
        assert any(key.startswith(f"{uninstall}\\{value}") for key in keys), value
    assert r'Software\Classes\Werkstatt.Package\shell\open\command\="$INSTDIR\werkstatt.exe" open "%1"' in keys
    assert r"Software\Classes\.werkstatt\=Werkstatt.Package" in keys
    assert r"Software\Classes\.werkstatt\Content Type=application/x-werkstatt-package" in keys
    # The user's settings key is deleted once (the /REMOVEDATA branch) and never written.
    assert not any(key.lower().startswith("software\\werkstatt") for key in keys)
    assert listing.count("DeleteRegKey: HKCU\\Software\\werkstatt\n") == 1
    assert f"DeleteRegKey: SHCTX\\{uninstall}\n" in listing


def test_setup_and_uninstaller_hold_their_texts_and_switches(plain_build: Build) -> None:
    exe = plain_build.exe.read_bytes()
    for text in ("/REMOVEDATA", "/AllUsers", "/CurrentUser", "/DesktopShortcut", "/NoAssociation",
                 "Werkstatt.Package", 'open "%1"', "Werkstatt-Paket", "Werkstatt package",
                 "Auch meine Workshops und Einstellungen löschen", "Also delete my workshops and settings",
                 "Verknüpfung auf dem Desktop", "\\Werkstatt.lnk"):
        assert utf16(text) in exe, text


def test_icon_goes_into_setup_and_uninstaller(tmp_path: Path, payload: Path) -> None:
    icon, images = write_icon(tmp_path / "werkstatt.ico")
    result = build(tmp_path, VERSION="0.1.0", PAYLOAD=str(payload), COMPRESSOR="none", ICON=str(icon))
    assert result.returncode == 0, result.output[-3000:]
    exe = result.exe.read_bytes()
    for image in images:
        # Once in setup's resources, once in the uninstaller it carries.
        assert exe.count(image) >= 2


def test_linux_build_as_stand_in_payload(tmp_path: Path) -> None:
    """CI without a Windows build: the Linux executable proves the script, with NO_PAYLOAD_CHECK only."""
    linux = make_payload(tmp_path / "linux", {"werkstatt": b"\x7fELF", "_internal/libpython3.so": b"\x7fELF"})
    refused = build(tmp_path, VERSION="0.1.0", PAYLOAD=str(linux), COMPRESSOR="none")
    assert refused.returncode != 0 and "has no werkstatt.exe" in refused.output
    accepted = build(tmp_path, "NO_PAYLOAD_CHECK", VERSION="0.1.0", PAYLOAD=str(linux), COMPRESSOR="none")
    assert accepted.returncode == 0, accepted.output[-3000:]


@pytest.mark.parametrize(("defines", "message"), [
    ({"PAYLOAD": "{payload}"}, "VERSION is missing"),
    ({"VERSION": "0.1.0"}, "PAYLOAD is missing"),
    ({"VERSION": "0.1.0", "PAYLOAD": "{tmp}/nowhere"}, "does not exist"),
    ({"VERSION": "v1", "PAYLOAD": "{payload}"}, "must start with a number"),
    ({"VERSION": "0.1.0", "PAYLOAD": "{payload}", "COMPRESSOR": "xz"}, "is not one of lzma, zlib, bzip2, none"),
    ({"VERSION": "0.1.0", "PAYLOAD": "{payload}", "ICON": "{tmp}/missing.ico"}, "ICON"),
], ids=["no-version", "no-payload", "payload-missing", "bad-version", "bad-compressor", "icon-missing"])
def test_wrong_input_stops_with_a_clear_message(tmp_path: Path, payload: Path, defines: dict[str, str],
                                                message: str) -> None:
    filled = {name: value.format(payload=payload, tmp=tmp_path) for name, value in defines.items()}
    result = build(tmp_path, **filled)
    assert result.returncode != 0
    assert "!error: " in result.output and message in result.output
    assert not result.exe.exists()


# --- A small .ico, made here so that the test needs no image library -----------------------------------------


def png(width: int, height: int, rgba: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\0" + rgba * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def write_icon(path: Path) -> tuple[Path, list[bytes]]:
    """A 16 px bitmap and a 32 px PNG image (the form Pillow writes), in distinct colours."""
    bitmap = struct.pack("<IiiHHIIiiII", 40, 16, 32, 1, 32, 0, 0, 0, 0, 0, 0)
    bitmap += bytes((0x21, 0x43, 0xB5, 0xFF)) * 256 + bytes(4 * 16)  # pixels, then the AND mask
    compressed = png(32, 32, bytes((0xC8, 0x50, 0x14, 0xFF)))
    images = [bitmap, compressed]
    directory = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, image in ((16, bitmap), (32, compressed)):
        directory += struct.pack("<BBBBHHII", size, size, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    path.write_bytes(directory + b"".join(images))
    return path, images
