"""Which of the laptop's networks the phones join through: the room's Wi-Fi or the laptop's own hotspot.

The server listens on one address only (never on all of them, never on one the internet reaches);
the facilitator picks the network by its interface's name and address ("wlan0 – 192.168.178.23"),
and the choice is remembered for the next workshop in the same room. Loopback is offered only when
the laptop has no local network at all, as "This laptop only (test)": no phone can reach it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from werkstatt.i18n import tr
from werkstatt.phones.network import is_local
from werkstatt.ui.settings import Option, Settings

PHONE_HOST = Option("phones/host", "")
LOOPBACK = "127.0.0.1"


@dataclass(frozen=True)
class NetworkChoice:
    label: str  # "wlan0 – 192.168.178.23"
    host: str


@dataclass(frozen=True)
class InterfaceInfo:
    """What the choice needs to know of one interface; plain data, so the choice is tested without a network."""

    name: str
    up: bool
    running: bool
    loopback: bool
    addresses: tuple[str, ...]


def network_choices(interfaces: Iterable[InterfaceInfo]) -> list[NetworkChoice]:
    """Each local address of an interface that is up and running, IPv4 first; loopback only when nothing else."""
    found: list[NetworkChoice] = []
    for interface in interfaces:
        if not (interface.up and interface.running) or interface.loopback:
            continue
        ordered = sorted(interface.addresses, key=lambda address: ":" in address)  # IPv4 is shorter to type
        for address in ordered:
            if is_local(address) and not address.startswith("fe80:"):  # link-local IPv6 needs a scope in URLs
                found.append(NetworkChoice(f"{interface.name} – {address}", address))
    if not found:
        found.append(NetworkChoice(tr("NetworkChoice", "This laptop only (test)"), LOOPBACK))
    return found


def this_laptops_interfaces() -> list[InterfaceInfo]:
    infos = []
    for interface in QNetworkInterface.allInterfaces():
        flags = interface.flags()
        addresses = tuple(entry.ip().toString() for entry in interface.addressEntries()
                          if entry.ip().protocol() in (QAbstractSocket.NetworkLayerProtocol.IPv4Protocol,
                                                       QAbstractSocket.NetworkLayerProtocol.IPv6Protocol))
        infos.append(InterfaceInfo(interface.humanReadableName() or interface.name(),
                                   bool(flags & QNetworkInterface.InterfaceFlag.IsUp),
                                   bool(flags & QNetworkInterface.InterfaceFlag.IsRunning),
                                   bool(flags & QNetworkInterface.InterfaceFlag.IsLoopBack), addresses))
    return infos


class NetworkDialog(QDialog):
    """One combo box: the network the phones join through, the remembered one chosen."""

    def __init__(self, choices: list[NetworkChoice], remembered: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("NetworkChoice", "Network for the phones"))
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(tr("NetworkChoice", "Network"))
        for choice in choices:
            self.combo.addItem(choice.label, choice.host)
        self.combo.setCurrentIndex(max(0, self.combo.findData(remembered)))
        hint = QLabel(tr("NetworkChoice", "The phones must be in the same network: the room's Wi-Fi or this "
                                         "laptop's hotspot."), self)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("NetworkChoice", "&Network:"), self.combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Wide enough for its title and a hint of two lines: a small dialog's title was cut to "Netzwerk…".
        self.setMinimumWidth(max(420, self.fontMetrics().horizontalAdvance(self.windowTitle()) + 200))

    def host(self) -> str:
        return str(self.combo.currentData())


def ask_host(parent: QWidget | None, *, always_ask: bool = False) -> str | None:
    """The address to listen on: asked in a dialog unless there is only one choice or the remembered one is
    still there (``always_ask`` asks anyway); remembered; None when cancelled."""
    settings = Settings()
    choices = network_choices(this_laptops_interfaces())
    remembered = settings.get(PHONE_HOST)
    hosts = [choice.host for choice in choices]
    if len(choices) == 1 and not always_ask:
        return hosts[0]
    if remembered in hosts and not always_ask:
        return remembered
    dialog = NetworkDialog(choices, remembered, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        host = dialog.host()
    finally:
        dialog.deleteLater()
    settings.set(PHONE_HOST, host)
    return host
