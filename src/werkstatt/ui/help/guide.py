"""The user guide (Help → User guide, F1): the shipped Markdown in a window with contents and find.

The guide is package data (``resources/guide/``), read through importlib.resources like every other
resource, so it is the same from a source checkout, a wheel and a frozen build. Images are read the
same way and handed to the text browser by ``loadResource``: a file path would not exist when the
resources live in a zip. A guide missing from a broken installation is a sentence in the window.
"""

from __future__ import annotations

import re
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QGuiApplication,
    QImage,
    QKeySequence,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from werkstatt import i18n
from werkstatt.i18n import tr
from werkstatt.i18n.guide import GuideMissing, guide_folder, guide_headings, guide_text
from werkstatt.ui.common.roles import ID_ROLE

SCREEN_SHARE = 0.7  # of the available screen, so that the console stays visible beside the guide
IMAGE_MARGIN_PX = 24  # room beside a fitted image for the document margins and the scroll bar
CODE_TINT = 0.07  # how far a code block's background moves from the page colour towards the text colour
CODE_INDENT_PX = 12


def _resource_type(kind: Any) -> int:
    return int(getattr(kind, "value", kind))


class GuideBrowser(QTextBrowser):
    # A link to a page that is not installed (the guide links docs/ of the source, e.g. the data-protection
    # page): the sentence to show. The browser itself would go blank trying to load it.
    link_missing = Signal(str)
    """A text browser that reads the guide's relative images from the package, not from the file system."""

    def __init__(self, folder: Traversable | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.images: list[tuple[int, QImage]] = []  # position in the document, natural picture
        self.document().setUndoRedoEnabled(False)  # fitting the images edits the document
        # Editing the document inside resizeEvent leaves the text after the picture without a layout,
        # so the fitting waits until the resize is through.
        self.fit_timer = QTimer(self)
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(0)
        self.fit_timer.timeout.connect(self.fit_images)
        self.open_url = QDesktopServices.openUrl  # tests put a list's append here, not the system's browser
        self.setOpenLinks(False)
        self.anchorClicked.connect(self.follow)

    def follow(self, url: QUrl) -> None:
        """Web and mail links go to the system; a link relative to the guide opens that file where it exists."""
        if url.scheme() in ("http", "https", "mailto"):
            self.open_url(url)
            return
        if not url.scheme() and not url.path() and url.fragment():
            self.scrollToAnchor(url.fragment())
            return
        target = self.linked_file(url)
        if target is not None:
            self.open_url(QUrl.fromLocalFile(str(target)))
            return
        self.link_missing.emit(tr("UserGuide", "The page {name} is not part of this installation; it is in "
                                               "Werkstatt's documentation.", name=url.path() or url.toString()))

    def linked_file(self, url: QUrl) -> Path | None:
        """The file a relative link points to, when the guide lies in a folder and the file exists."""
        if url.scheme() not in ("", "file"):
            return None
        path = url.toLocalFile() if url.scheme() == "file" else url.path()
        if not path:
            return None
        try:
            target = (Path(str(self.folder)) / path).resolve()
        except (OSError, ValueError):
            return None
        return target if target.is_file() else None

    def show_markdown(self, markdown: str) -> None:
        self.setMarkdown(markdown)
        self._set_off_code_blocks()
        self.images = _image_positions(self.document())
        self.fit_images()

    def _set_off_code_blocks(self) -> None:
        """Qt shows fenced code only in a fixed font; a tinted, indented box tells typed text from prose."""
        palette = self.palette()
        base, text = palette.base().color(), palette.text().color()
        tint = QColor.fromRgbF(*(b + (t - b) * CODE_TINT for b, t in zip(base.getRgbF()[:3], text.getRgbF()[:3],
                                                                        strict=True)))
        blocks = _blocks(self.document())
        for index, block in enumerate(blocks):
            if not _is_code(block):
                continue
            form = block.blockFormat()
            form.setBackground(tint)
            form.setLeftMargin(CODE_INDENT_PX)
            form.setRightMargin(CODE_INDENT_PX)
            first = index == 0 or not _is_code(blocks[index - 1])
            last = index == len(blocks) - 1 or not _is_code(blocks[index + 1])
            form.setTopMargin(CODE_INDENT_PX / 2 if first else 0)
            form.setBottomMargin(CODE_INDENT_PX / 2 if last else 0)
            QTextCursor(block).setBlockFormat(form)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.images:
            self.fit_timer.start()

    def fit_images(self) -> None:
        """Shrink pictures wider than the text area to its width; never enlarge one beyond its pixels."""
        room = max(80, self.viewport().width() - IMAGE_MARGIN_PX)
        document = self.document()
        changed = False
        for position, image in self.images:
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            form = cursor.charFormat().toImageFormat()
            width = min(image.width(), room)
            if not form.isValid() or abs(form.width() - width) < 1:
                continue
            form.setWidth(width)
            form.setHeight(image.height() * width / image.width())
            cursor.setCharFormat(form)
            changed = True
        if changed:
            # Qt's lazy layout stops at a changed picture and leaves the text after it unlaid (blank, with
            # no height, so the contents jump to wrong places): lay out the whole guide again.
            document.markContentsDirty(0, document.characterCount())

    def loadResource(self, kind: int, name: QUrl) -> Any:
        path = name.path()
        if (_resource_type(kind) == _resource_type(QTextDocument.ResourceType.ImageResource) and name.isRelative()
                and path and "/" not in path and "\\" not in path and path not in (".", "..")):
            try:
                image = QImage.fromData(self.folder.joinpath(path).read_bytes())
            except OSError:
                image = QImage()
            if not image.isNull():
                return image
        return super().loadResource(kind, name)


class UserGuideDialog(QDialog):
    """The guide beside the console: contents on the left, the text on the right, a find field above it."""

    def __init__(self, parent: QWidget | None = None, *, language: str | None = None,
                 folder: Traversable | Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UserGuideDialog")
        self.setWindowTitle(tr("UserGuide", "Werkstatt user guide"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.language = language or i18n.language()
        self.folder = guide_folder() if folder is None else folder
        self.missing: str | None = None  # the sentence shown instead of the guide
        self.headings: list[tuple[int, str, int]] = []  # level, text, block number in the document

        self.browser = GuideBrowser(self.folder, self)
        self.browser.link_missing.connect(self._say)
        self.browser.setAccessibleName(tr("UserGuide", "User guide"))
        self.contents = QListWidget(self)
        self.contents.setAccessibleName(tr("UserGuide", "Contents"))
        self.contents.currentRowChanged.connect(self.jump_to)
        # Choosing the entry that is already current (after scrolling away from it) jumps again.
        self.contents.itemClicked.connect(lambda item: self.jump_to(self.contents.row(item)))
        self.contents.itemActivated.connect(lambda item: self.jump_to(self.contents.row(item)))
        self.find_field = QLineEdit(self)
        find_keys = QKeySequence(QKeySequence.StandardKey.Find).toString(QKeySequence.SequenceFormat.NativeText)
        self.find_field.setPlaceholderText(tr("UserGuide", "Find in the guide ({keys})", keys=find_keys))
        self.find_field.setAccessibleName(tr("UserGuide", "Find in the guide"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textEdited.connect(self._find_as_typed)
        find_label = QLabel(tr("UserGuide", "&Find:"), self)
        find_label.setBuddy(self.find_field)
        next_button = QPushButton(tr("UserGuide", "&Next"), self)
        next_button.setAutoDefault(False)
        next_button.clicked.connect(self.find_next)
        self.find_status = QLabel(self)
        self.find_status.setAccessibleName(tr("UserGuide", "Result of the search"))
        self._add_shortcuts()

        contents_label = QLabel(tr("UserGuide", "&Contents"), self)
        contents_label.setBuddy(self.contents)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(contents_label)
        left_layout.addWidget(self.contents, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        find_row = QHBoxLayout()
        find_row.addWidget(find_label)
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(next_button)
        find_row.addWidget(self.find_status)
        right_layout.addLayout(find_row)
        right_layout.addWidget(self.browser, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Return in the find field finds the next match; as a dialog's default button "Close" would take it.
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(buttons)

        self._load()
        self._size_to_screen()
        self.browser.setFocus()

    def _add_shortcuts(self) -> None:
        for keys, slot in (([QKeySequence.StandardKey.Find], self.focus_find),
                           ([QKeySequence("F3")], self.find_next),
                           ([QKeySequence("Shift+F3")], self.find_previous)):
            action = QAction(self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.addAction(action)

    # --- content ---------------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            markdown = guide_text(self.language, self.folder)
        except GuideMissing as error:
            self.missing = error.message
            self.browser.setPlainText(error.message)
            self.contents.setEnabled(False)
            self.find_field.setEnabled(False)
            return
        self.browser.show_markdown(markdown)
        document = self.browser.document()
        blocks = [block for block in _blocks(document) if block.blockFormat().headingLevel() > 0]
        parsed = guide_headings(markdown)
        if len(parsed) == len(blocks):
            self.headings = [(level, text, block.blockNumber()) for (level, text), block in zip(parsed, blocks,
                                                                                               strict=True)]
        else:  # a heading form the parser does not know: trust what Qt rendered
            self.headings = [(block.blockFormat().headingLevel(), block.text(), block.blockNumber())
                             for block in blocks]
        self.contents.blockSignals(True)
        for level, text, number in self.headings:
            if level == 1:
                continue  # the title: the top of the guide, where it opens anyway
            item = QListWidgetItem("    " * (level - 2) + _plain(text), self.contents)
            item.setData(ID_ROLE, number)
        self.contents.blockSignals(False)
        # Wide enough for the longest entry: the contents are read at a glance, not scrolled sideways.
        widest = max((self.contents.fontMetrics().horizontalAdvance(self.contents.item(row).text())
                      for row in range(self.contents.count())), default=0)
        self.contents.setMinimumWidth(widest + 2 * self.contents.frameWidth() + 24)

    def _size_to_screen(self) -> None:
        screen = (self.parentWidget().screen() if self.parentWidget() is not None else None) \
            or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        self.resize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))

    # --- contents ----------------------------------------------------------------------------------

    def jump_to(self, row: int) -> None:
        """Scroll the heading of contents entry ``row`` to the top of the text."""
        item = self.contents.item(row)
        if item is None:
            return
        document = self.browser.document()
        block = document.findBlockByNumber(int(item.data(ID_ROLE)))
        self.browser.setTextCursor(QTextCursor(block))
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))

    # --- find --------------------------------------------------------------------------------------

    def focus_find(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find_as_typed(self, _text: str) -> None:
        # Typing extends the match where it stands instead of jumping to the next one.
        cursor = self.browser.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.browser.setTextCursor(cursor)
        self._find(backward=False)

    def _say(self, sentence: str) -> None:
        """A sentence beside the find field (the only status line the guide has)."""
        self.find_status.setText(sentence)

    def _find(self, backward: bool) -> bool:
        text = self.find_field.text()
        if not text or self.missing is not None:
            self.find_status.clear()
            return False
        document = self.browser.document()
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        start = self.browser.textCursor()
        if backward and start.hasSelection():
            # Searching back from a match would find the match itself, which starts where the search does.
            start.setPosition(max(0, start.selectionStart() - 1))
        found = document.find(text, start, flags)
        if found.isNull():  # go round: from the other end of the guide
            start = QTextCursor(document)
            start.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            found = document.find(text, start, flags)
        if found.isNull():
            self.find_status.setText(tr("UserGuide", "Not found."))
            return False
        self.find_status.clear()
        self.browser.setTextCursor(found)
        self.browser.ensureCursorVisible()
        return True


def _blocks(document: QTextDocument) -> list[QTextBlock]:
    blocks = []
    block = document.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    return blocks


def _is_code(block: QTextBlock) -> bool:
    return block.blockFormat().hasProperty(QTextFormat.Property.BlockCodeLanguage)


def _image_positions(document: QTextDocument) -> list[tuple[int, QImage]]:
    """Where the document shows a picture, with the picture (read through the browser's loadResource)."""
    found = []
    for block in _blocks(document):
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            form = fragment.charFormat()
            if fragment.isValid() and form.isImageFormat():
                image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(form.toImageFormat().name()))
                if isinstance(image, QImage) and not image.isNull():
                    found.extend((fragment.position() + i, image) for i in range(fragment.length()))
            iterator += 1
    return found


def _plain(text: str) -> str:
    """A heading as the contents list shows it: without Markdown's emphasis and code marks."""
    return re.sub(r"[*_`]", "", text)


def show_user_guide(parent: QWidget) -> UserGuideDialog:
    """Show the guide for ``parent``'s window: the one already open is raised, not a second one made."""
    dialog = parent.findChild(UserGuideDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if dialog is None:
        dialog = UserGuideDialog(parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
