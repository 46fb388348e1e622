"""Screenshots of the voting page on a phone for the README, taken in Debian's Chromium as a 360×740 phone.

    python tools/phone_shots.py            # docs/phone-vote.png and docs/phone-result.png
    python tools/phone_shots.py --lang en /tmp/shots/

The demo workshop is created in a temporary database, a dots round "from phones" over five of its
pain points is opened and served on loopback like ``werkstatt vote serve`` would. Seven other phones
send their ballots through the room as the page would; the phone in the picture distributes its dots,
taps once more than its budget allows (the refusal is shown), sends, and after the reveal shows the result.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE_AGENT = ("Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) "
               "Chrome/150.0 Mobile Safari/537.36")
# The other phones' dots on the five items (3 dots each, at most 2 per item): a clear first, a tie below it.
OTHER_BALLOTS = ((2, 1, 0, 0, 0), (1, 0, 2, 0, 0), (2, 0, 0, 1, 0), (0, 1, 0, 0, 2), (2, 1, 0, 0, 0),
                 (1, 0, 1, 0, 1), (0, 2, 0, 1, 0))


def phone(profile: Path, language: str):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile}",
                     f"--lang={language}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": 360, "height": 740, "pixelRatio": 2}, "userAgent": PHONE_AGENT})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def save_small(png: bytes, path: Path) -> None:
    """The screenshot at half its device pixels, in 64 colours: sharp enough to read, some 30 KB in the repository."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    if image.width > 400:
        image = image.resize((image.width // 2, image.height // 2), Image.Resampling.LANCZOS)
    image.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    print(f"{path} ({path.stat().st_size // 1024} KB)")


def wait_until(condition, seconds: float = 8.0) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.1)
    raise TimeoutError("the page did not get there")


def prepare_round(store, language: str) -> str:
    from sqlalchemy import select

    from werkstatt.demo import MODEL_ID, WORKSHOP_ID
    from werkstatt.edits.editor import Editor
    from werkstatt.edits.voting import PrepareRound, open_round
    from werkstatt.model import PainPoint

    editor = Editor(store)
    with store.reading() as session:
        points = session.scalars(select(PainPoint.id).where(PainPoint.model_id == MODEL_ID,
                                                            PainPoint.deleted.is_(False))
                                 .order_by(PainPoint.created_at, PainPoint.id)).all()[:5]
    question = "Wo drückt der Schuh am meisten?" if language == "de" else "Where does it hurt most?"
    prepare = PrepareRound(WORKSHOP_ID, question, [("pain_point", p) for p in points], entry="phones",
                           dots_per_person=3, max_per_item=2, model_id=MODEL_ID)
    editor.apply(prepare)
    editor.apply(open_round(prepare.round_id))
    return prepare.round_id


def shoot(out: Path, language: str) -> int:
    from selenium.webdriver.common.by import By

    from werkstatt import i18n
    from werkstatt.demo import create_demo
    from werkstatt.edits.editor import Editor
    from werkstatt.edits.voting import reveal_round
    from werkstatt.phones.backend import StoreBackend
    from werkstatt.phones.room import PhoneRoom
    from werkstatt.phones.server import PhoneServer
    from werkstatt.store.database import open_store

    i18n.set_language(language)
    folder = Path(tempfile.mkdtemp(prefix="werkstatt-phone-shots-"))
    store = open_store(folder / "demo.sqlite")
    create_demo(store)
    round_id = prepare_round(store, language)
    room = PhoneRoom(StoreBackend(store))
    room.open_round(round_id)
    with store.reading() as session:
        from werkstatt.voting.rounds import read_round

        options = [option.id for option in read_round(session, round_id).options]
    for number, dots in enumerate(OTHER_BALLOTS):
        token = room.join(f"10.0.0.{number + 10}")
        room.ballot(token, {option: {"dots": value or None} for option, value in zip(options, dots, strict=True)})
    server = PhoneServer(room, "127.0.0.1", 0)
    server.start()
    driver = phone(folder / "chromium", "de-DE" if language == "de" else "en-US")
    suffix = "" if language == "de" else f"-{language}"
    try:
        driver.get(server.join_url)
        wait_until(lambda: len(driver.find_elements(By.CSS_SELECTOR, ".option button.plus")) == 5)
        plus = driver.find_elements(By.CSS_SELECTOR, ".option button.plus")
        for index in (0, 0, 2, 1):  # the fourth dot is one too many
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", plus[index])
            plus[index].click()
        driver.execute_script("window.scrollTo(0, 0)")
        wait_until(lambda: driver.find_element(By.ID, "round-message").text != "")
        time.sleep(0.3)
        out.mkdir(parents=True, exist_ok=True)
        save_small(driver.get_screenshot_as_png(), out / f"phone-vote{suffix}.png")
        driver.find_element(By.ID, "send").click()
        time.sleep(0.5)
        Editor(store).apply(reveal_round(round_id))
        room.invalidate()
        wait_until(lambda: len(driver.find_elements(By.CSS_SELECTOR, ".results .result")) == 5)
        time.sleep(0.3)
        save_small(driver.get_screenshot_as_png(), out / f"phone-result{suffix}.png")
    finally:
        driver.quit()
        server.stop()
        store.close()
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", default=Path(__file__).resolve().parent.parent / "docs")
    parser.add_argument("--lang", default="de", choices=("de", "en"))
    args = parser.parse_args(argv)
    return shoot(args.out, args.lang)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
