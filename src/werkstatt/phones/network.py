"""Which addresses the phone server may listen on and answer: the local network only, never the internet.

A laptop in a workshop sits in the room's Wi-Fi or opens its own hotspot; both give it a private
address (RFC 1918, link-local, IPv6 unique-local). The server binds to one such address the
facilitator picks (or to loopback for the tests), and answers only clients with such an address,
so a laptop that also has a public address does not offer the round to the internet.
"""

from __future__ import annotations

import ipaddress
import socket

from werkstatt.i18n import tr

# The ports the server tries, in order; the firewall rule the installer can add opens exactly these.
PORT_RANGE = range(8730, 8740)


class AddressError(ValueError):
    """An address the server must not listen on; the message is one sentence for the user."""


def is_local(address: str) -> bool:
    """Loopback, private, link-local or unique-local: an address that does not reach the internet."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback or ip.is_private or ip.is_link_local


def check_host(host: str) -> str:
    """The address to bind to, or an AddressError that says why not (a public or unspecified address)."""
    try:
        ip = ipaddress.ip_address(host)
    except ValueError as error:
        raise AddressError(tr("PhoneNetwork", "“{host}” is not an IP address of this computer.", host=host)) from error
    if ip.is_unspecified:
        raise AddressError(tr("PhoneNetwork", "Pick one network (the hotspot or the room's Wi-Fi), not all of them: "
                                              "{host} would offer the round on every network.", host=host))
    if not is_local(host):
        raise AddressError(tr("PhoneNetwork", "{host} is reachable from the internet; phones join only over a "
                                              "local network (Wi-Fi or hotspot).", host=host))
    return str(ip)


def local_addresses() -> list[str]:
    """This computer's IPv4 addresses on local networks, best first (for the CLI's default and its error)."""
    found: list[str] = []
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        infos = []
    for info in infos:
        address = str(info[4][0])
        if is_local(address) and not ipaddress.ip_address(address).is_loopback and address not in found:
            found.append(address)
    return found


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
