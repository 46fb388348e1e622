"""The user guide: shipped in German and English, true to the program, and readable in its window.

The guides follow a convention that these tests check against a real window on the demo workspace:
- a **bold** span with "→" is a menu path and must exist in the menu bar, entry by entry; a bold span
  without "→" is either a top-level menu or a paragraph's lead-in, which ends with ".", "?" or ":";
- „…“ (German) and “…” (English) quote a label the program shows: a menu entry, button, tab, field,
  column, list entry or window title (without the "&" of its mnemonic and a label's closing colon);
- every shortcut written with Strg/Umschalt/Alt (Ctrl/Shift/Alt), every F key and Entf/Einfg (Del/Ins) is one
  the program has (keys a widget handles itself, such as Return or the arrows in the entry line, are not read).
So a renamed menu entry, a changed shortcut or a translation that moved on makes these tests fail.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeyEvent, QKeySequence, QShortcut, QTextDocument, QTextFormat, QTextTable
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QTableView,
    QTabWidget,
    QWidget,
)

from helpers.paths import REPO
from werkstatt import i18n
from werkstatt.capture import catalogue
from werkstatt.capture.session import CaptureSession
from werkstatt.edits import Create
from werkstatt.i18n import tr
from werkstatt.i18n.guide import GUIDE_FILES, GuideMissing, guide_folder, guide_headings, guide_images, guide_text
from werkstatt.model import ProcessModel
from werkstatt.ui.help.guide import UserGuideDialog, show_user_guide

REQUIRED = {
    "de": ["Überblick", "Workshop vorbereiten", "Prozess erfassen", "Schwachstellen und Maßnahmen", "Punktabfrage",
           "Beamer", "Analyse", "Protokoll", "Prozessregister und Synchronisation", "Import und Export",
           "Tastenkürzel", "Hilfe bei Problemen"],
    "en": ["Overview", "Preparing a workshop", "Capturing a process", "Pain points and measures", "Dot voting",
           "Projector", "Analysis", "Protocol", "Process register and sync", "Import and export",
           "Keyboard shortcuts", "Troubleshooting"],
}
QUOTES = {"de": ("„", "“"), "en": ("“", "”")}
# The guides write keys as the menus show them in each language; Qt's portable names for comparing.
KEY_WORDS = {
    "de": {"Strg": "Ctrl", "Umschalt": "Shift", "Alt": "Alt", "Hoch": "Up", "Herunter": "Down", "Entf": "Del",
           "Einfg": "Ins"},
    "en": {"Ctrl": "Ctrl", "Shift": "Shift", "Alt": "Alt", "Up": "Up", "Down": "Down", "Del": "Del", "Ins": "Ins"},
}
MAX_IMAGE_BYTES = 200_000


# --- reading the Markdown --------------------------------------------------------------------------

def prose(markdown: str) -> str:
    """The guide without code: what is typed is no label and no shortcut of the program."""
    without_fences = re.sub(r"^```.*?^```", "", markdown, flags=re.S | re.M)
    return re.sub(r"`[^`]*`", "", without_fences)


def bold_spans(markdown: str) -> list[str]:
    return [" ".join(span.split()) for span in re.findall(r"\*\*(.+?)\*\*", prose(markdown), flags=re.S)]


def quoted(markdown: str, language: str) -> list[str]:
    opening, closing = QUOTES[language]
    return [" ".join(q.split()) for q in re.findall(f"{opening}(.+?){closing}", prose(markdown), flags=re.S)]


def shortcuts(markdown: str, language: str) -> list[str]:
    """Each key combination the guide names, in Qt's portable form ("Ctrl+Shift+Up")."""
    words = KEY_WORDS[language]
    modifiers = "|".join(name for name, qt in words.items() if qt in ("Ctrl", "Shift", "Alt"))
    keys = "|".join(name for name, qt in words.items() if qt not in ("Ctrl", "Shift", "Alt"))
    delete, insert = (name for name, qt in words.items() if qt in ("Del", "Ins"))
    pattern = (rf"(?<![\w+])((?:(?:{modifiers})\+)+(?:F\d{{1,2}}|{keys}|Return|Tab|Esc|[A-Z0-9]|[-+=?]))(?!\w)"
               rf"|(?<![\w+])(F\d{{1,2}}|{delete}|{insert})(?![\w+])")
    found = []
    for combination, single in re.findall(pattern, prose(markdown)):
        text = single or combination
        parts = re.findall(r"[^+]+|\+(?=$)", text)  # "Strg++" is Strg and "+"
        found.append("+".join(words.get(part, part) for part in parts))
    return found


def normal(text: str) -> str:
    """A label as the guide quotes it: no mnemonic "&", no closing colon, single spaces."""
    return " ".join(text.replace("&&", "\0").replace("&", "").replace("\0", "&").split()).removesuffix(":").strip()


# --- what the program has ----------------------------------------------------------------------------

def menu_paths(window) -> set[tuple[str, ...]]:
    paths: set[tuple[str, ...]] = set()

    def walk(menu: QMenu, prefix: tuple[str, ...]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            path = (*prefix, normal(action.text()))
            paths.add(path)
            if action.menu() is not None:
                walk(action.menu(), path)

    for top in window.menuBar().actions():
        paths.add((normal(top.text()),))
        walk(top.menu(), (normal(top.text()),))
    return paths


def texts_of(widget: QWidget) -> set[str]:
    """Every label a person can read on ``widget`` and its children."""
    found: set[str] = {widget.windowTitle(), widget.accessibleName()}
    for child in [widget, *widget.findChildren(QWidget)]:
        found.add(child.accessibleName())
        if isinstance(child, QAbstractButton):
            found.add(child.text())
        elif isinstance(child, QLabel):
            found.add(re.sub(r"<[^>]+>", " ", child.text()))
        elif isinstance(child, QGroupBox):
            found.add(child.title())
        elif isinstance(child, QDockWidget):
            found.add(child.windowTitle())
        elif isinstance(child, QTabWidget | QTabBar):
            found.update(child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QComboBox):
            found.update(child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            found.update(str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                         for column in range(child.horizontalHeader().count()))
    found.update(action.text() for action in widget.findChildren(QAction))
    return {normal(text) for text in found if text}


def keys_of(widget: QWidget) -> set[str]:
    keys = {sequence.toString() for action in widget.findChildren(QAction) for sequence in action.shortcuts()}
    keys |= {shortcut.key().toString() for shortcut in widget.findChildren(QShortcut)}
    return keys


def grid_keys() -> set[str]:
    """Keys the vote grid handles itself (no action): asked of the grid's own test for its keys."""
    from werkstatt.ui.voting.grid import VoteGrid

    handled = set()
    for candidate in ("Ctrl+Return", "Ctrl+E"):
        combination = QKeySequence(candidate)[0]
        event = QKeyEvent(QEvent.Type.KeyPress, combination.key(), combination.keyboardModifiers())
        if VoteGrid._is_own_key(event):
            handled.add(candidate)
    return handled


@pytest.fixture
def window(demo_workspace, qtbot):
    from werkstatt.ui.main_window import MainWindow
    from werkstatt.ui.settings import Settings

    main = MainWindow(demo_workspace, Settings(), catalogue.load_default())
    qtbot.addWidget(main)
    yield main
    main.projector.shutdown()


def inventory(window, workspace) -> tuple[set[tuple[str, ...]], set[str], set[str]]:
    """Menu paths, shortcuts and labels of the window and of the dialogs the guide describes."""
    from werkstatt.ui.crash import CrashDialog
    from werkstatt.ui.findings.dialogs import PainPointDialog
    from werkstatt.ui.protocol.export import ProtocolOptionsDialog
    from werkstatt.ui.register.conflict_dialog import ConflictDialog
    from werkstatt.ui.register.sync_dialog import PasswordDialog, SyncDialog
    from werkstatt.ui.settings import Settings
    from werkstatt.ui.voting.dialogs import NewRoundDialog
    from werkstatt.ui.workshop.dialogs import DiscussProcessDialog
    from werkstatt.ui.workshop.manager import WorkshopManager

    dialogs = [WorkshopManager(workspace, Settings(), window), PainPointDialog(workspace, window),
               NewRoundDialog(workspace, window), ProtocolOptionsDialog(Path("p.pdf"), window),
               SyncDialog(workspace, window), PasswordDialog("?", True, window), ConflictDialog(workspace, window),
               DiscussProcessDialog(workspace, workspace.workshop_id, window), CrashDialog("", None, window),
               UserGuideDialog(window)]
    keys = keys_of(window) | grid_keys()
    texts = texts_of(window)
    for dialog in dialogs:
        keys |= keys_of(dialog)
        texts |= texts_of(dialog)
    return menu_paths(window), keys, texts


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_guide_names_only_menus_labels_and_keys_the_program_has(request, language) -> None:
    i18n.set_language(language)  # the window and the dialogs are made in this language
    window = request.getfixturevalue("window")
    paths, keys, texts = inventory(window, window.workspace)
    markdown = guide_text(language)

    wrong_paths = []
    for span in bold_spans(markdown):
        if "→" in span:
            path = tuple(normal(part) for part in span.split("→"))
            if path not in paths:
                wrong_paths.append(span)
        elif not span.endswith((".", "?", ":")) and (normal(span),) not in paths:
            wrong_paths.append(span)
    assert not wrong_paths, f"menu paths the program does not have: {wrong_paths}"

    wrong_labels = sorted({label for label in quoted(markdown, language) if normal(label) not in texts})
    assert not wrong_labels, f"labels the program does not show: {wrong_labels}"

    mentioned = shortcuts(markdown, language)
    assert {"Ctrl+Shift+P", "F5", "Ctrl+Shift+Up", "Ctrl++", "Del", "Ins"} <= set(mentioned)  # the reading works
    wrong_keys = sorted({key for key in mentioned if QKeySequence(key).toString() not in keys})
    assert not wrong_keys, f"shortcuts the program does not have: {wrong_keys}"


def test_f1_in_the_window_opens_the_guide_from_the_help_menu(window, qtbot) -> None:
    help_menu = next(a.menu() for a in window.menuBar().actions() if normal(a.text()) == normal(tr("MainWindow",
                                                                                                     "&Help")))
    guide = next((a for a in help_menu.actions() if QKeySequence("F1") in a.shortcuts()), None)
    assert guide is not None, "no entry with F1 in the Help menu"
    assert normal(guide.text()) == normal(tr("MainWindow", "&User guide"))
    guide.trigger()
    dialog = window.findChild(UserGuideDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


# --- the files -----------------------------------------------------------------------------------

@pytest.mark.parametrize("language", ["de", "en"])
def test_both_guides_are_shipped_with_the_required_sections_and_small_pictures(language) -> None:
    markdown = guide_text(language)
    assert guide_folder().joinpath(GUIDE_FILES[language]).is_file()
    headings = guide_headings(markdown)
    assert headings[0][0] == 1 and [level for level, _ in headings].count(1) == 1
    second = [text for level, text in headings if level == 2]
    assert second == REQUIRED[language]
    for name in guide_images(markdown):
        picture = guide_folder().joinpath(name)
        assert picture.is_file(), name
        assert len(picture.read_bytes()) < MAX_IMAGE_BYTES, name


def test_the_english_guide_has_the_german_guide_s_shape() -> None:
    german, english = guide_text("de"), guide_text("en")
    assert [level for level, _ in guide_headings(german)] == [level for level, _ in guide_headings(english)]
    assert len(bold_spans(german)) == len(bold_spans(english))
    assert len(guide_images(german)) == len(guide_images(english))
    assert sorted(shortcuts(german, "de")) == sorted(shortcuts(english, "en"))


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_quick_entry_examples_are_accepted_as_typed(editor, language) -> None:
    examples = re.findall(r"^```werkstatt\n(.*?)^```", guide_text(language), flags=re.S | re.M)
    assert examples
    for example in examples:
        model = editor.apply(Create(ProcessModel, name="Beispiel", kind="ist"))
        capture = CaptureSession(editor, model.id, catalogue=catalogue.load_default())
        acks = [capture.enter_line(line, number) for number, line in enumerate(example.splitlines(), 1)]
        assert {"step", "flow", "pain_point", "note"} <= {ack.kind for ack in acks}


def test_headings_in_code_blocks_and_other_forms() -> None:
    markdown = "\n".join([
        "# Title #", "text", "```werkstatt", "# a comment, not a heading", "```", "  ## Two  ", "#no heading",
        "~~~", "## still code", "~~~~", "### Three ###", "####### seven is too many", "##",
    ])
    assert guide_headings(markdown) == [(1, "Title"), (2, "Two"), (3, "Three"), (2, "")]
    assert guide_images("a ![x](a.png) b ![y]( <b.png> ) [no](c.png)") == ["a.png", "b.png"]


def test_missing_guides_raise_a_sentence_and_english_falls_back_to_german(tmp_path: Path) -> None:
    with pytest.raises(GuideMissing, match=r"benutzerhandbuch\.md") as raised:
        guide_text("de", tmp_path)
    assert raised.value.message == tr("GuideFiles", "The user guide ({name}) is missing from this installation of "
                                                   "Werkstatt. Please ask your IT department to install Werkstatt "
                                                   "again.", name="benutzerhandbuch.md")
    shutil.copy(guide_folder().joinpath(GUIDE_FILES["de"]), tmp_path / GUIDE_FILES["de"])
    assert guide_text("en", tmp_path) == guide_text("de")


# --- the window ------------------------------------------------------------------------------------

@pytest.fixture
def guide(qtbot):
    dialog = UserGuideDialog(None, language="de")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def test_the_guide_speaks_the_program_s_language(qtbot) -> None:
    german = UserGuideDialog(None)
    qtbot.addWidget(german)
    assert german.language == "de" and "Die Schnelleingabe" in german.browser.toPlainText()
    i18n.set_language("en")
    english = UserGuideDialog(None)
    qtbot.addWidget(english)
    assert english.language == "en"
    assert "Quick entry" in english.browser.toPlainText()
    assert "Schnelleingabe" not in english.browser.toPlainText()


def test_contents_jump_to_their_heading_and_every_line_is_laid_out(guide, qtbot) -> None:
    rows = {guide.contents.item(row).text().strip(): row for row in range(guide.contents.count())}
    assert list(rows) == [text for level, text in guide_headings(guide_text("de")) if level > 1]
    document = guide.browser.document()
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():  # Qt's lazy layout once left the text after a resized picture blank
        assert not block.text() or layout.blockBoundingRect(block).height() > 0, block.text()
        block = block.next()
    guide.contents.setCurrentRow(rows["Punktabfrage"])
    top = guide.browser.cursorForPosition(QPoint(10, 4)).block()
    assert top.text() == "Punktabfrage" and top.blockFormat().headingLevel() == 2
    guide.contents.setCurrentRow(rows["Überblick"])
    assert guide.browser.cursorForPosition(QPoint(10, 4)).block().text() == "Überblick"
    guide.browser.verticalScrollBar().setValue(guide.browser.verticalScrollBar().maximum())
    current = guide.contents.item(rows["Überblick"])  # clicked again after scrolling away: jumps again
    qtbot.mouseClick(guide.contents.viewport(), Qt.MouseButton.LeftButton,
                     pos=guide.contents.visualItemRect(current).center())
    assert guide.browser.cursorForPosition(QPoint(10, 4)).block().text() == "Überblick"


def test_find_goes_from_match_to_match_and_round(guide, qtbot) -> None:
    qtbot.keyClick(guide.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert guide.find_field.hasFocus()
    qtbot.keyClicks(guide.find_field, "punktabfrage")
    first = guide.browser.textCursor()
    assert first.selectedText() == "Punktabfrage"
    qtbot.keyClick(guide.find_field, Qt.Key.Key_Return)
    assert guide.isVisible() and guide.find_field.hasFocus()  # Return is no "Close" here
    second = guide.browser.textCursor()
    assert second.selectedText() == "Punktabfrage" and second.position() > first.position()
    count = guide.browser.toPlainText().casefold().count("punktabfrage")
    positions = []
    for _ in range(count):
        qtbot.keyClick(guide.find_field, Qt.Key.Key_F3)
        positions.append(guide.browser.textCursor().position())
    # Onwards to the last match, round the end to the first, and on to the second again.
    assert positions[:-2] == sorted(set(positions[:-2])) and positions[0] > second.position()
    assert positions[-2:] == [first.position(), second.position()]
    qtbot.keyClick(guide.find_field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert guide.browser.textCursor().position() == first.position()
    guide.find_field.clear()
    qtbot.keyClicks(guide.find_field, "Xylophon")
    assert guide.find_status.text() == tr("UserGuide", "Not found.")


def test_tables_code_and_pictures_render(guide) -> None:
    document = guide.browser.document()
    tables = {frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)}
    assert len(tables) >= 5
    for table in tables:
        for column in range(table.columns()):
            cell = table.cellAt(0, column)
            # A table right after a code block got an empty first line in its first cell (a Qt quirk).
            assert cell.firstCursorPosition().block().text(), "empty header cell"
            assert cell.firstCursorPosition().block() == cell.lastCursorPosition().block()
    code = [b for b in _blocks(document) if b.blockFormat().hasProperty(QTextFormat.Property.BlockCodeLanguage)]
    assert code and all(b.blockFormat().background().style() != Qt.BrushStyle.NoBrush for b in code)
    assert ">> Antragsteller/in: Antrag stellen" in [b.text() for b in code]

    names = guide_images(guide_text("de"))
    assert names and [name for _, name in _pictures(document)] == names
    for form, name in _pictures(document):
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert isinstance(image, QImage) and not image.isNull()
        assert image.size() == QImage.fromData(guide_folder().joinpath(name).read_bytes()).size()
        assert 0 < form.width() <= guide.browser.viewport().width()  # fitted, and not the broken-image icon
        assert form.width() > 100


def test_a_missing_guide_is_a_sentence_in_the_window(qtbot, tmp_path: Path) -> None:
    dialog = UserGuideDialog(None, language="de", folder=tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.browser.toPlainText() == dialog.missing
    assert "benutzerhandbuch.md" in dialog.missing
    assert not dialog.find_field.isEnabled() and dialog.contents.count() == 0


def test_show_user_guide_keeps_one_window_per_parent(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    first = show_user_guide(parent)
    assert first.isVisible() and not first.isModal()
    first.close()
    again = show_user_guide(parent)
    assert again is first and again.isVisible()
    assert len(parent.findChildren(UserGuideDialog)) == 1


def _blocks(document: QTextDocument) -> list:
    blocks, block = [], document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def _pictures(document: QTextDocument) -> list:
    found = []
    for block in _blocks(document):
        iterator = block.begin()
        while not iterator.atEnd():
            form = iterator.fragment().charFormat()
            if form.isImageFormat():
                found.append((form.toImageFormat(), form.toImageFormat().name()))
            iterator += 1
    return found


# --- the data-protection page (issue 23) -------------------------------------------------------------

REPOSITORY = REPO
PRIVACY_PAGE = REPOSITORY / "docs" / "datenschutz.md"
PRIVACY_LINK = "../../docs/datenschutz.md"  # from resources/guide/ to the page in the sources


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_guide_links_the_data_protection_page(language) -> None:
    markdown = guide_text(language)
    targets = re.findall(r"(?<!!)\[[^\]]+\]\(([^)\s]+)\)", markdown)
    assert PRIVACY_LINK in targets
    assert (Path(str(guide_folder())) / PRIVACY_LINK).resolve() == PRIVACY_PAGE.resolve()
    assert PRIVACY_PAGE.is_file()


def test_the_data_protection_page_names_every_place_werkstatt_keeps_data(monkeypatch) -> None:
    import platformdirs.unix

    from werkstatt.model import Base
    from werkstatt.register.credentials import KEYRING_SERVICE
    from werkstatt.store.paths import APP_NAME, DB_FILENAME, ENV_DB, backup_dir
    from werkstatt.ui.settings import APPLICATION, ENV_FOLDER, RETENTION_MONTHS

    page = PRIVACY_PAGE.read_text(encoding="utf-8")
    # Linux's folders as platformdirs computes them for a user without XDG overrides.
    monkeypatch.setenv("HOME", "/home/nutzer")
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.delenv(variable, raising=False)
    linux = platformdirs.unix.Unix(APP_NAME, appauthor=False)
    folders = [linux.user_data_dir, linux.user_log_dir, linux.user_config_dir]
    expected = [folder.replace("/home/nutzer", "~") + "/" for folder in folders]
    expected += [DB_FILENAME, backup_dir(Path("x") / DB_FILENAME).name, "crash-", f"{APPLICATION}.ini",
                 KEYRING_SERVICE, ENV_DB, ENV_FOLDER, "--no-names", "--no-people", "--purge-backups",
                 "werkstatt people erase", "werkstatt people list", f"--older-than {RETENTION_MONTHS.default}m",
                 f"**{RETENTION_MONTHS.default} Monate**", "secure_delete", "VACUUM", "WAL", "TLS",
                 "Verzeichnis von Verarbeitungstätigkeiten", "EXIF, GPS, XMP, IPTC"]
    expected += [f"`{table}`" for table in ("people", "attendances", "workshop_photos", "sync_registers")
                 if table in Base.metadata.tables]  # a table the page names must exist
    assert [text for text in expected if text not in page] == []
    for heading in ("Zweck", "Kategorien betroffener Personen", "Datenkategorien", "Empfänger", "Speicherorte",
                    "Löschfristen", "Technische und organisatorische Maßnahmen"):
        assert re.search(rf"^## .*{heading}", page, re.MULTILINE | re.IGNORECASE), heading
    assert {"people", "attendances", "workshop_photos", "sync_registers"} <= set(Base.metadata.tables)


def test_a_link_in_the_window_opens_the_page_or_says_it_is_not_installed(guide, qtbot, tmp_path: Path) -> None:
    opened: list[QUrl] = []
    guide.browser.open_url = opened.append
    text = guide.browser.toPlainText()
    guide.browser.anchorClicked.emit(QUrl(PRIVACY_LINK))
    assert [url.toLocalFile() for url in opened] == [str(PRIVACY_PAGE.resolve())]
    assert guide.browser.toPlainText() == text  # the guide stays; the browser does not try to show the page
    guide.browser.anchorClicked.emit(QUrl("https://example.org/"))
    assert opened[-1] == QUrl("https://example.org/")

    for name in GUIDE_FILES.values():  # an installation without the sources' docs/ folder
        shutil.copy(Path(str(guide_folder())) / name, tmp_path / name)
    copy = UserGuideDialog(None, language="de", folder=tmp_path)
    qtbot.addWidget(copy)
    copy.browser.open_url = opened.append
    copy.browser.anchorClicked.emit(QUrl(PRIVACY_LINK))
    assert len(opened) == 2 and copy.browser.toPlainText().startswith("Werkstatt")
    assert "datenschutz.md" in copy.find_status.text()
