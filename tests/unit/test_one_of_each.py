"""One of each (issue 22): one number formatter, one palette, one Cancelled family, one place for the library guard."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from werkstatt import i18n
from werkstatt.errors import Cancelled, WerkstattError
from werkstatt.i18n.format import format_date, format_number, format_percent, format_rounded
from werkstatt.protocol.pdf import ProtocolCancelled
from werkstatt.render import palette
from werkstatt.store import library_guard
from werkstatt.sync.engine import SyncCancelled, SyncError


@pytest.mark.parametrize("lang", ["de", "en"])
def test_without_a_language_the_formatter_writes_the_one_the_application_speaks(lang: str) -> None:
    with i18n.speaking(lang):
        assert format_number(1234.5, decimals=1) == format_number(1234.5, lang, 1)
        assert format_percent(0.3) == format_percent(0.3, lang)
        assert format_date(dt.date(2026, 12, 3)) == format_date(dt.date(2026, 12, 3), lang)


def test_a_language_given_wins_over_the_one_spoken() -> None:
    with i18n.speaking("en"):
        assert format_number(1234.5, "de", 1) == "1.234,5"
    with i18n.speaking("de"):
        assert format_number(1234.5, "en", 1) == "1,234.5"


def test_a_rounded_figure_drops_a_decimal_that_rounding_made_zero() -> None:
    assert format_rounded(2.96, "de") == "3"
    assert format_rounded(2.25, "de") == "2,2"  # the double just below 2.25: half-even as before
    assert format_rounded(7.5, "en") == "7.5"
    assert format_rounded(1234.04, "de", 2) == "1.234,04"
    assert format_rounded(None) == ""


def test_the_palette_is_the_okabe_ito_set_once() -> None:
    assert palette.OKABE_ITO["orange"] == palette.ORANGE == "#E69F00"
    assert len(set(palette.OKABE_ITO.values())) == 8
    assert palette.rgb(palette.ORANGE) == (0xE6, 0x9F, 0x00)


def test_every_stop_is_a_cancelled_and_a_sync_stop_still_a_sync_error() -> None:
    assert issubclass(ProtocolCancelled, Cancelled) and issubclass(SyncCancelled, Cancelled)
    assert issubclass(SyncCancelled, SyncError) and issubclass(Cancelled, WerkstattError)
    assert str(SyncCancelled("stopped")) == "stopped" and SyncCancelled("stopped").message == "stopped"


def test_the_store_guards_its_own_sessions_and_no_import_guards_every_session(store) -> None:
    import werkstatt.edits  # noqa: F401  (it used to install the guard on every Session when imported)

    assert library_guard.check_flush in list(store._sessions().dispatch.before_flush)
    assert not event.contains(Session, "before_flush", library_guard.check_flush)


def test_a_new_session_factory_is_guarded_even_where_sqlalchemy_remembers_a_dead_one() -> None:
    """SQLAlchemy keys its listener registry by ``id(target)`` and keeps the key after the target dies.

    A store opened at the address of a closed one then looked guarded to ``event.contains`` and was not;
    in one long CI run a library model could be renamed. The stale key is planted here as the dead
    factory left it, instead of waiting for the allocator to reuse an address.
    """
    from sqlalchemy.event import registry
    from sqlalchemy.orm import sessionmaker

    sessions = sessionmaker()
    stale_key = (id(sessions), "before_flush", id(library_guard.check_flush))
    registry._key_to_collection[stale_key] = registry._key_to_collection.get(stale_key, {})
    try:
        library_guard.install(sessions)
        assert library_guard.check_flush in list(sessions().dispatch.before_flush)
    finally:
        registry._key_to_collection.pop(stale_key, None)
