"""Issue 21, item 3: the sync command's password prompt and exit codes, as a person meets them.

The prompt tests run ``werkstatt sync`` in a real pseudo-terminal (the password is read from the
terminal, never from standard input) against the throwaway PostgreSQL cluster, with keyring's own
"no keyring" backend chosen through its documented environment variable.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select as sql_select
from sqlalchemy import update

from helpers.sync_register import RegisterUnderTest, postgres_register, sqlite_register
from werkstatt.cli import main
from werkstatt.demo import MODEL_ID
from werkstatt.model import Step
from werkstatt.register.connect import parse_address
from werkstatt.store.database import open_store
from werkstatt.sync.cli import EXIT_CONFLICTS, EXIT_NOT_SENT

RUN = "import sys; from werkstatt.cli import main; sys.exit(main(sys.argv[1:]))"


@pytest.fixture
def pg(postgres) -> RegisterUnderTest:
    made = postgres_register(postgres)
    yield made
    made.close()


def environment(home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PG", "XDG_", "WERKSTATT_", "PYTHON_KEYRING"))}
    env.update(HOME=str(home), PGPASSFILE=str(home / "no-pgpass"),
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"))
    return env


def in_terminal(arguments: list[str], env: dict[str, str], answer: bytes, timeout: float = 90) -> tuple[int, str]:
    """Run werkstatt on a pseudo-terminal; type ``answer`` at the password prompt; (exit code, screen)."""
    pid, terminal = pty.fork()
    if pid == 0:  # the child: the terminal is its controlling terminal, as in a shell
        os.execve(sys.executable, [sys.executable, "-c", RUN, *arguments], env)
    screen, answered = b"", False
    deadline = time.monotonic() + timeout
    try:
        while True:
            ready, _, _ = select.select([terminal], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                pytest.fail(f"werkstatt did not finish in {timeout} s; the screen:\n{screen.decode(errors='replace')}")
            try:
                chunk = os.read(terminal, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            screen += chunk
            if not answered and screen.rstrip().endswith(b":") and b"Password" in screen:
                os.write(terminal, answer)
                answered = True
    finally:
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
        os.close(terminal)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), screen.decode(errors="replace").replace("\r\n", "\n")


def sync_arguments(register: RegisterUnderTest, tmp_path: Path) -> list[str]:
    return ["--lang", "en", "--db", str(tmp_path / "laptop.sqlite"), "sync",
            "--register", register.logins["Witten"], "--as", "Witten"]


def prompt_of(register: RegisterUnderTest) -> str:
    address = parse_address(register.logins["Witten"])
    return f"Password of {address.login} for the register {address.display}: "


def test_ctrl_d_at_the_password_prompt_ends_in_one_sentence(pg, tmp_path: Path) -> None:
    code, screen = in_terminal(sync_arguments(pg, tmp_path), environment(tmp_path), b"\x04")
    assert code == 1, screen
    assert screen.count("Password") == 1 and prompt_of(pg) in screen, screen
    assert "Password for" not in screen and "::" not in screen
    assert "Traceback" not in screen and "EOFError" not in screen
    said = [line for line in screen.splitlines() if line.strip() and "Password of" not in line]
    assert said == [f"No password was given for the register {parse_address(pg.logins['Witten']).display}."]


def test_without_a_keyring_a_sentence_says_the_password_was_not_kept(pg, tmp_path: Path) -> None:
    password = pg.passwords["Witten"].encode() + b"\n"
    code, screen = in_terminal(sync_arguments(pg, tmp_path), environment(tmp_path), password)
    assert code == 0, screen
    assert prompt_of(pg) in screen and "Synced with" in screen
    assert "no keyring, so the password was used for this time only and not kept" in screen
    assert pg.passwords["Witten"] not in screen


def test_unsent_edits_to_another_organisations_rows_exit_non_zero(tmp_path: Path, capsys) -> None:
    register = sqlite_register(tmp_path)
    kreis, witten = str(tmp_path / "kreis.sqlite"), str(tmp_path / "witten.sqlite")
    assert main(["--lang", "en", "--db", kreis, "demo"]) == 0
    assert main(["--lang", "en", "--db", kreis, "sync", "--register", register.display, "--as", "EN-Kreis"]) == 0
    assert main(["--lang", "en", "--db", witten, "sync", "--register", register.display, "--as", "Witten"]) == 0
    assert main(["--lang", "en", "--db", witten, "sync"]) == 0  # nothing left unsent yet
    capsys.readouterr()
    store = open_store(Path(witten))
    try:
        with store.session() as session:  # an edit to the Kreis's model, made behind the editor's back
            step = session.scalars(sql_select(Step.id).where(Step.model_id == MODEL_ID)).first()
            session.execute(update(Step).where(Step.id == step).values(label="Witten ändert",
                                                                        revision=Step.revision + 1))
    finally:
        store.close()
    assert main(["--lang", "en", "--db", witten, "sync"]) == EXIT_NOT_SENT
    out = capsys.readouterr().out
    assert "1 changes to other organisations' library rows were not sent" in out
    assert "Nothing had changed" not in out
    register.close()


def test_conflicts_still_exit_with_their_own_code(tmp_path: Path, capsys) -> None:
    register = sqlite_register(tmp_path)
    laptops = [str(tmp_path / f"{name}.sqlite") for name in ("a", "c")]
    assert main(["--lang", "en", "--db", laptops[0], "demo"]) == 0
    for laptop in laptops:
        assert main(["--lang", "en", "--db", laptop, "sync", "--register", register.display, "--as", "EN-Kreis"]) == 0
    for laptop, label in zip(laptops, ("A", "C"), strict=True):
        store = open_store(Path(laptop))
        try:
            with store.session() as session:
                step = session.scalars(sql_select(Step.id).where(Step.model_id == MODEL_ID)
                                       .order_by(Step.position)).first()
                session.execute(update(Step).where(Step.id == step).values(label=label, revision=Step.revision + 1))
        finally:
            store.close()
    assert main(["--lang", "en", "--db", laptops[0], "sync"]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "--db", laptops[1], "sync"]) == EXIT_CONFLICTS
    assert "1 conflicts" in capsys.readouterr().out
    register.close()

