"""The voting page on a phone, in Chromium against the real server: join by the QR code's address, vote within
the rules, send, change, see the result after the reveal, report a pain point; German and English."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from sqlalchemy import select

from werkstatt.edits import AddLane, AddPainPoint, AddStep, Create, Editor
from werkstatt.edits.voting import PrepareRound, open_round, reveal_round
from werkstatt.model import ProcessModel, RoomSuggestion, Workshop
from werkstatt.phones.backend import StoreBackend
from werkstatt.phones.room import Inbox, PhoneRoom
from werkstatt.phones.server import PhoneServer
from werkstatt.store.database import Store
from werkstatt.voting.rounds import read_round

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
PHONE_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/150.0 Mobile Safari/537.36")
SCRIPT_LABEL = "<script>alert(1)</script><b>x</b>"
PAIN_POINTS = ("Formular wird abgetippt", SCRIPT_LABEL, "Rückfragen per Telefon", "Warten auf den Kreis")

needs_chromium = pytest.mark.skipif(not CHROMEDRIVER.exists() or not CHROMIUM.exists(),
                                    reason="the phone page is tested in Debian's Chromium: /usr/bin/chromedriver or "
                                           "/usr/bin/chromium is missing (apt install chromium chromium-driver)")


def phone_browser(profile: Path, language: str, width: int = 360, height: int = 740):
    """Chromium as a phone: touch, a phone's user agent, ``width``×``height`` CSS pixels, ``language`` first."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", f"--user-data-dir={profile}", f"--lang={language}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": f"{language},{language.split('-')[0]}"})
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": width, "height": height, "pixelRatio": 2}, "userAgent": PHONE_AGENT})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(15)
    return driver


@dataclass
class Seed:
    """The ids a phone test needs: the model, the workshop, the step the pain points sit on, and them."""

    model: str
    workshop: str
    step: str
    pain_points: list[str]


def build_workshop(editor: Editor) -> Seed:
    """From an empty database: one model with a lane and a step, a workshop, and four pain points on the step."""
    model = editor.apply(Create(ProcessModel, name="Gewerbeanmeldung")).id
    workshop = editor.apply(Create(Workshop, title="Werkstatt Gewerbe")).id
    lane = editor.apply(AddLane(model, "Bürgerbüro", organisation_id=None, position=None,
                                lane_id=None)).lane_id_created
    step = editor.apply(AddStep(model, lane, "Antrag annehmen")).step_id
    points = [editor.apply(AddPainPoint(model, text, step_id=step, workshop_id=workshop)).pain_point_id
              for text in PAIN_POINTS]
    return Seed(model, workshop, step, points)


def open_phone_round(editor: Editor, ids: Seed, *, opened: bool = True, **rules) -> str:
    """A dots round "from phones" over the pain points (3 dots, at most 2 per item unless ``rules`` say else)."""
    rules = {"dots_per_person": 3, "max_per_item": 2, **rules}
    prepare = PrepareRound(ids.workshop, "Wo drückt der Schuh?", [("pain_point", p) for p in ids.pain_points],
                           entry="phones", model_id=ids.model, **rules)
    editor.apply(prepare)
    if opened:
        editor.apply(open_round(prepare.round_id))
    return prepare.round_id


@contextlib.contextmanager
def serving(store: Store, round_id: str | None) -> Iterator[tuple[PhoneRoom, PhoneServer]]:
    room = PhoneRoom(StoreBackend(store))
    room.open_round(round_id)
    server = PhoneServer(room, "127.0.0.1", 0)
    server.start()
    try:
        yield room, server
    finally:
        server.stop()


def wait_for(driver, condition: Callable[[object], object], seconds: float = 6.0):
    """What ``condition`` returns once it is truthy; fails with the page's visible text otherwise."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    try:
        return WebDriverWait(driver, seconds, poll_frequency=0.1).until(condition)
    except TimeoutException:
        body = driver.execute_script("return document.body.innerText")
        pytest.fail(f"the page did not get there in {seconds} s; it shows:\n{body}")


@pytest.fixture(scope="module")
def german_phone(tmp_path_factory: pytest.TempPathFactory):
    if not CHROMEDRIVER.exists() or not CHROMIUM.exists():
        pytest.skip("the phone page is tested in Debian's Chromium: /usr/bin/chromedriver is missing")
    driver = phone_browser(tmp_path_factory.mktemp("chromium-de"), "de-DE")
    yield driver
    driver.quit()


pytestmark = needs_chromium

SENT = "Ihre Stimme ist angekommen. Sie können sie ändern, bis die Runde aufgedeckt wird."


def counts(driver) -> list[int]:
    return [int(node.text) for node in driver.find_elements(By.CSS_SELECTOR, ".option .count")]


def click(driver, index: int, which: str) -> None:
    button = driver.find_elements(By.CSS_SELECTOR, f".option button.{which}")[index]
    # As a thumb would: scrolled clear of the send bar that sticks to the bottom of the screen.
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
    button.click()


def text_of(driver, css: str) -> str:
    nodes = driver.find_elements(By.CSS_SELECTOR, css)
    return nodes[0].text if nodes else ""


def stored_dots(store: Store, round_id: str) -> dict[int, int]:
    """The round's stored dots by the option's place in the round (the phone is its only voter)."""
    with store.reading() as session:
        snapshot = read_round(session, round_id)
    place = {option.id: index for index, option in enumerate(snapshot.options)}
    return {place[option]: value for (option, _, criterion), value in snapshot.values.items() if criterion == "dots"}


def no_horizontal_scrolling_at_320(driver) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 320, "height": 740, "deviceScaleFactor": 2, "mobile": True})
    try:
        width = driver.execute_script("return document.documentElement.scrollWidth")
        assert width <= 320, f"the page is {width} px wide at 320 px"
    finally:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": True})


def test_a_phone_votes_changes_its_vote_and_sees_the_result(german_phone, store: Store, editor: Editor) -> None:
    driver = german_phone
    ids = build_workshop(editor)
    round_id = open_phone_round(editor, ids, opened=False)
    with serving(store, round_id) as (room, server):
        driver.get(server.join_url)  # the QR code's address, before the facilitator opens the round
        wait_for(driver, lambda d: "Die Abstimmung beginnt gleich." in text_of(d, "#round"))
        assert not driver.find_elements(By.CSS_SELECTOR, "button.step, #send")
        editor.apply(open_round(round_id))
        room.invalidate()
        wait_for(driver, lambda d: len(counts(d)) == 4)
        assert driver.execute_script("return document.documentElement.lang") == "de"
        assert driver.execute_script("return window.innerWidth") == 360
        assert text_of(driver, "h1") == "Wo drückt der Schuh?"
        assert text_of(driver, "#remaining") == "Noch 3 von 3 Punkten"
        # The option's text is shown as text: the script is neither run nor turned into markup.
        label = driver.find_elements(By.CSS_SELECTOR, ".option .label")[1]
        assert label.get_attribute("textContent") == SCRIPT_LABEL
        assert not driver.find_elements(By.CSS_SELECTOR, ".option .label b, .option .label script")
        assert driver.find_elements(By.CSS_SELECTOR, ".option .place")[0].text == "Antrag annehmen · Bürgerbüro"

        click(driver, 0, "plus")
        click(driver, 0, "plus")
        click(driver, 0, "plus")  # past the cap of 2
        wait_for(driver, lambda d: text_of(d, "#round-message") == "Höchstens 2 Punkte pro Thema.")
        assert counts(driver) == [2, 0, 0, 0]
        click(driver, 1, "plus")
        assert text_of(driver, "#remaining") == "Noch 0 von 3 Punkten"
        click(driver, 2, "plus")  # past the budget of 3
        wait_for(driver, lambda d: text_of(d, "#round-message")
                 == "Sie haben alle 3 Punkte vergeben: nehmen Sie erst woanders einen weg.")
        assert counts(driver) == [2, 1, 0, 0]
        no_horizontal_scrolling_at_320(driver)

        driver.find_element(By.ID, "send").click()
        wait_for(driver, lambda d: text_of(d, "#round-message") == SENT)
        assert stored_dots(store, round_id) == {0: 2, 1: 1}
        token = driver.execute_script(f"return localStorage.getItem('werkstatt-voter-{room.code}')")
        assert token

        # A reload keeps the phone's token and shows the ballot the laptop has.
        driver.refresh()
        wait_for(driver, lambda d: counts(d) == [2, 1, 0, 0])
        assert driver.execute_script(f"return localStorage.getItem('werkstatt-voter-{room.code}')") == token

        click(driver, 0, "minus")
        click(driver, 1, "plus")
        assert counts(driver) == [1, 2, 0, 0]
        driver.find_element(By.ID, "send").click()
        wait_for(driver, lambda d: text_of(d, "#round-message") == SENT)
        assert stored_dots(store, round_id) == {0: 1, 1: 2}
        with store.reading() as session:
            assert len(read_round(session, round_id).voters) == 1  # the reload did not join a second time

        editor.apply(reveal_round(round_id))
        room.invalidate()
        wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".results .result")) == 4)
        first = driver.find_elements(By.CSS_SELECTOR, ".results .result")[0]
        assert first.find_element(By.CSS_SELECTOR, ".label").get_attribute("textContent") == SCRIPT_LABEL
        assert first.find_element(By.CSS_SELECTOR, ".total").text == "2 Punkte"
        assert first.find_element(By.CSS_SELECTOR, ".bar").get_attribute("style") == "width: 100%;"
        assert not driver.find_elements(By.CSS_SELECTOR, "button.step, #send")  # no longer editable
        no_horizontal_scrolling_at_320(driver)
        with pytest.raises(NoAlertPresentException):
            driver.switch_to.alert.text  # noqa: B018 - reading it is what raises


TAKEN_BACK = "Die Moderation hat Ihre Stimme zurückgenommen; sie zählt nicht mehr. Bitte stimmen Sie neu ab."


def test_a_ballot_taken_back_is_said_and_a_restarted_laptop_knows_the_phone_again(
        german_phone, store: Store, editor: Editor) -> None:
    driver = german_phone
    ids = build_workshop(editor)
    round_id = open_phone_round(editor, ids)
    with serving(store, round_id) as (room, server):
        driver.get(server.join_url)
        wait_for(driver, lambda d: len(counts(d)) == 4)
        click(driver, 0, "plus")
        driver.find_element(By.ID, "send").click()
        wait_for(driver, lambda d: text_of(d, "#round-message") == SENT)
        room.backend.editor.undo()  # the facilitator takes the ballot back ("Letzten Handy-Stimmzettel …")
        room.invalidate()
        wait_for(driver, lambda d: text_of(d, "#round-message") == TAKEN_BACK)  # not "Ihre Stimme ist angekommen"
        assert counts(driver) == [0, 0, 0, 0]
        click(driver, 1, "plus")
        driver.find_element(By.ID, "send").click()
        wait_for(driver, lambda d: text_of(d, "#round-message") == SENT)
        old_code = room.code
    # The laptop restarts: a new room for the same round, with a new code (and maybe another port).
    with serving(store, round_id) as (room, server):
        assert room.code != old_code
        driver.get(server.join_url)
        wait_for(driver, lambda d: counts(d) == [0, 1, 0, 0])  # its own ballot: the phone is known again
        with store.reading() as session:
            assert len(read_round(session, round_id).voters) == 1  # and it did not join a second time


def test_the_inbox_takes_a_pain_point_without_a_round_and_a_stale_code_asks_to_scan_again(
        german_phone, store: Store, editor: Editor) -> None:
    driver = german_phone
    ids = build_workshop(editor)
    with serving(store, None) as (room, server):
        room.open_inbox(Inbox(ids.workshop, ids.model, lambda: (ids.step, "Antrag annehmen")))
        driver.get(server.base_url + "/")  # typed off the projector instead of scanned
        driver.find_element(By.ID, "code-input").send_keys(room.code.lower())
        driver.find_element(By.CSS_SELECTOR, "#entry button[type=submit]").click()
        wait_for(driver, lambda d: d.current_url == server.join_url)
        wait_for(driver, lambda d: text_of(d, "#inbox-about") == "Zu: Antrag annehmen")
        assert "Gerade läuft keine Abstimmung" in text_of(driver, "#round")
        driver.find_element(By.ID, "inbox-send").click()
        wait_for(driver, lambda d: text_of(d, "#inbox-message") == "Bitte schreiben Sie zuerst, worum es geht.")
        driver.find_element(By.CSS_SELECTOR, "#inbox-category option[value=media_break]").click()
        driver.find_element(By.ID, "inbox-text").send_keys("Anträge kommen per Fax und werden abgetippt")
        driver.find_element(By.ID, "inbox-send").click()
        wait_for(driver, lambda d: text_of(d, "#inbox-message") == "Danke – die Moderation sieht Ihre Meldung.")
        assert driver.find_element(By.ID, "inbox-text").get_attribute("value") == ""
        with store.reading() as session:
            rows = session.execute(select(RoomSuggestion.kind, RoomSuggestion.category, RoomSuggestion.text,
                                          RoomSuggestion.step_id, RoomSuggestion.model_id)).all()
        assert rows == [("pain_point", "media_break", "Anträge kommen per Fax und werden abgetippt", ids.step,
                         ids.model)]
        no_horizontal_scrolling_at_320(driver)

        room_code_before = room.code
        room.code = "ZZZZZZ"  # the laptop started a new room: the old code is refused
        wait_for(driver, lambda d: "scannen Sie den QR-Code am Beamer noch einmal" in text_of(d, "#code-message"))
        assert driver.find_element(By.ID, "code-input").is_displayed()
        assert driver.find_element(By.ID, "code-input").get_attribute("value") == room_code_before


def test_a_consensus_ballot_is_sent_with_a_resistance_for_every_option(
        german_phone, store: Store, editor: Editor) -> None:
    driver = german_phone
    ids = build_workshop(editor)
    prepare = PrepareRound(ids.workshop, "Was tun?", [("pain_point", p) for p in ids.pain_points[:2]],
                           method="consensus", entry="phones", model_id=ids.model)
    editor.apply(prepare)
    editor.apply(open_round(prepare.round_id))
    with serving(store, prepare.round_id) as (_room, server):
        driver.get(server.join_url)
        wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, ".option fieldset.rated")) == 3)
        assert text_of(driver, ".option .label") == "So lassen, wie es ist"  # the status quo, named by the laptop
        assert "Widerstand" in text_of(driver, ".option .criterion")

        def choose(option: int, value: int) -> None:
            box = driver.find_elements(By.CSS_SELECTOR, ".option fieldset.rated")[option]
            choice = box.find_element(By.CSS_SELECTOR, f"label.choice:has(input[value='{value}'])")
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", choice)
            choice.click()

        choose(0, 7)
        choose(1, 0)
        driver.find_element(By.ID, "send").click()  # one option is not rated yet: asked, not sent
        wait_for(driver, lambda d: text_of(d, "#round-message")
                 == "Es fehlt noch eine Bewertung: bitte wählen Sie überall einen Wert.")
        choose(2, 10)
        driver.find_element(By.ID, "send").click()
        wait_for(driver, lambda d: text_of(d, "#round-message") == SENT)
        with store.reading() as session:
            snapshot = read_round(session, prepare.round_id)
        assert [snapshot.values.get((option.id, snapshot.voters[0].token, "resistance"))
                for option in snapshot.options] == [7, 0, 10]


def test_an_english_phone_reads_english_and_keeps_an_unsent_ballot_when_the_laptop_is_gone(
        tmp_path: Path, store: Store, editor: Editor) -> None:
    ids = build_workshop(editor)
    round_id = open_phone_round(editor, ids, max_per_item=None)
    driver = phone_browser(tmp_path / "chromium-en", "en-US")
    try:
        with serving(store, round_id) as (_room, server):
            driver.get(server.join_url)
            wait_for(driver, lambda d: len(counts(d)) == 4)
            assert driver.execute_script("return document.documentElement.lang") == "en"
            assert text_of(driver, "#remaining") == "3 of 3 dots left"
            assert driver.find_element(By.ID, "send").text == "Send my vote"
            for _ in range(4):  # no cap: the budget is the only limit
                click(driver, 0, "plus")
            wait_for(driver, lambda d: text_of(d, "#round-message")
                     == "You have given all 3 dots: take one away elsewhere first.")
            assert counts(driver) == [3, 0, 0, 0]
            server.stop()
            driver.find_element(By.ID, "send").click()
            wait_for(driver, lambda d: text_of(d, "#round-message") == "No connection to the laptop – we keep trying.")
            assert counts(driver) == [3, 0, 0, 0]
            assert stored_dots(store, round_id) == {}
    finally:
        driver.quit()
