"""The small web server the phones talk to: aiohttp on an event loop in its own thread.

Why aiohttp: it is a well-kept server that needs no framework around it, serves a hundred phones
polling at once from one thread, and limits request bodies itself (413 past ``MAX_BODY``). Qt's own
QtHttpServer is not part of the PySide6 wheels we ship. The loop runs in a daemon thread, so the
window never waits for a phone; database work runs in a small thread pool, so the loop never waits
for the database; a write is handed to the room's backend (in the window: the GUI thread).

Every answer comes from the page's own files or from the ``PhoneRoom``; nothing is fetched from the
internet. The API answers only requests with the room's code in the path (else 403), takes state
changes only as JSON with the page's own header (a form or a script on another site cannot send
that without a preflight, which the server never allows), and answers only local-network clients.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import sys
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from typing import Any

from aiohttp import web

from werkstatt.i18n import tr
from werkstatt.phones.network import PORT_RANGE, check_host, is_local, url_host
from werkstatt.phones.room import PhoneRoom, Refused

log = logging.getLogger(__name__)

MAX_BODY = 16 * 1024  # a ballot of a hundred options is under 8 KiB
VOTER_HEADER = "X-Werkstatt-Voter"
PAGE_HEADER = "X-Werkstatt-Page"
STATIC_FILES = {"phone.js": "text/javascript", "phone-texts.js": "text/javascript", "phone.css": "text/css",
                "index.html": "text/html"}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


def page_file(name: str) -> bytes:
    return resources.files("werkstatt.phones").joinpath("page", name).read_bytes()


def _json(data: object, status: int = 200) -> web.Response:
    return web.Response(text=json.dumps(data, ensure_ascii=False), status=status, content_type="application/json")


def _refusal(status: int, message: str) -> web.Response:
    return _json({"error": message}, status)


class PhoneServer:
    """Serves one ``PhoneRoom`` on ``host``; ``start`` picks a free port of ``PORT_RANGE`` unless one is given."""

    def __init__(self, room: PhoneRoom, host: str = "127.0.0.1", port: int | None = None) -> None:
        self.room = room
        self.host = check_host(host)
        self.wanted_port = port
        self.port: int | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._runner: web.AppRunner | None = None
        self._pool = ThreadPoolExecutor(max_workers=4, thread_name_prefix="werkstatt-phones")
        self._pages = {name: page_file(name) for name in STATIC_FILES}

    @property
    def base_url(self) -> str:
        return f"http://{url_host(self.host)}:{self.port}"

    @property
    def join_url(self) -> str:
        """The address the QR code holds: the page with the room's code in it."""
        return f"{self.base_url}/r/{self.room.code}"

    # --- running -------------------------------------------------------------------------------

    def start(self) -> None:
        """Listen, or raise OSError with a sentence when no port could be bound."""
        sock = self._bind()
        self.port = sock.getsockname()[1]
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve(sock))
            except BaseException as error:  # reported to start(), which raises it in the caller's thread
                failure.append(error)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._runner.cleanup() if self._runner else asyncio.sleep(0))
            loop.close()

        self._thread = threading.Thread(target=run, name="werkstatt-phone-server", daemon=True)
        self._thread.start()
        ready.wait(10)
        if failure:
            raise OSError(str(failure[0]))

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            loop.call_soon_threadsafe(loop.stop)
            thread.join(5)
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._loop = self._thread = None

    def _bind(self) -> socket.socket:
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        ports = [self.wanted_port] if self.wanted_port is not None else list(PORT_RANGE)
        last: OSError | None = None
        for port in ports:
            sock = socket.socket(family, socket.SOCK_STREAM)
            if sys.platform != "win32":  # restarted within a minute: the port is taken again, so the QR code stays
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # (on Windows this would allow stealing)
            try:
                sock.bind((self.host, port))
                sock.listen(128)
                sock.setblocking(False)
                return sock
            except OSError as error:
                sock.close()
                last = error
        first, end = ports[0], ports[-1]
        raise OSError(tr("PhoneServer", "No free port to listen on at {host} ({first}–{last}): {reason}",
                         host=self.host, first=first, last=end, reason=getattr(last, "strerror", None) or last))

    async def _serve(self, sock: socket.socket) -> None:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_get("/", self._index)
        app.router.add_get("/r/{code}", self._room_page)
        app.router.add_get("/static/{name}", self._static)
        app.router.add_get("/api/{code}/state", self._state)
        app.router.add_post("/api/{code}/join", self._join)
        app.router.add_put("/api/{code}/ballot", self._ballot)
        app.router.add_post("/api/{code}/suggest", self._suggest)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        await web.SockSite(self._runner, sock).start()

    # --- every request -----------------------------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request,
                     handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> web.StreamResponse:
        if not is_local(request.remote or ""):
            response: web.StreamResponse = _refusal(403, tr("PhoneServer", "Only phones in the room's network may "
                                                                           "join."))
        elif request.method not in ("GET", "HEAD") and not self._same_page(request):
            response = _refusal(403, tr("PhoneServer", "This request did not come from the voting page."))
        else:
            try:
                response = await handler(request)
            except Refused as refused:
                response = _refusal(refused.status, refused.message)
            except web.HTTPException as error:
                if error.status == 413:
                    response = _refusal(413, tr("PhoneServer", "The request is too large."))
                elif error.status == 405:
                    response = _refusal(405, tr("PhoneServer", "This request is not allowed."))
                else:
                    response = _refusal(error.status, tr("PhoneServer", "Not found."))
            except Exception:  # a phone must never take the server (or the window) down
                log.exception("phone request %s %s failed", request.method, request.path)
                response = _refusal(500, tr("PhoneServer", "Something went wrong on the laptop; please try again."))
        for name, value in SECURITY_HEADERS.items():
            response.headers[name] = value
        return response

    def _same_page(self, request: web.Request) -> bool:
        """A state change must come from the page itself: its header, JSON, and no other site's Origin."""
        if request.headers.get(PAGE_HEADER) != "1" or request.content_type != "application/json":
            return False
        origin = request.headers.get("Origin")
        return origin is None or origin == f"http://{request.host}"

    async def _run(self, work: Callable[[], Any]) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self._pool, work)

    def _admit(self, request: web.Request) -> None:
        self.room.admit(request.match_info["code"], request.remote or "")

    async def _body(self, request: web.Request) -> dict[str, Any]:
        try:
            body = await request.json()
        except (ValueError, UnicodeDecodeError) as error:
            raise Refused(400, tr("PhoneServer", "The request could not be read.")) from error
        if not isinstance(body, dict):
            raise Refused(400, tr("PhoneServer", "The request could not be read."))
        return body

    # --- pages -------------------------------------------------------------------------------

    async def _index(self, request: web.Request, status: int = 200) -> web.Response:
        return web.Response(body=self._pages["index.html"], status=status, content_type="text/html",
                            charset="utf-8")

    async def _room_page(self, request: web.Request) -> web.Response:
        """The page for the QR code's address; with a wrong or old code still the page (it holds no data), but
        as 403, so that the page asks for the code on the projector instead of showing a bare refusal."""
        try:
            self._admit(request)
        except Refused as refused:
            if refused.status != 403:
                raise
            return await self._index(request, 403)
        return await self._index(request)

    async def _static(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        if name not in STATIC_FILES or name == "index.html":
            raise web.HTTPNotFound()
        return web.Response(body=self._pages[name], content_type=STATIC_FILES[name], charset="utf-8")

    # --- the API -----------------------------------------------------------------------------

    async def _state(self, request: web.Request) -> web.Response:
        self._admit(request)
        token = request.headers.get(VOTER_HEADER) or None
        client = request.remote or ""
        return _json(await self._run(lambda: self.room.state(token, client)))

    async def _join(self, request: web.Request) -> web.Response:
        self._admit(request)
        client = request.remote or ""
        token = await self._run(lambda: self.room.join(client))
        return _json({"voter": token}, 201)

    async def _ballot(self, request: web.Request) -> web.Response:
        self._admit(request)
        token = request.headers.get(VOTER_HEADER, "")
        body = await self._body(request)
        values = parse_ballot(body.get("values"))
        return _json(await self._run(lambda: self.room.ballot(token, values)))

    async def _suggest(self, request: web.Request) -> web.Response:
        self._admit(request)
        body = await self._body(request)
        kind, category, text = body.get("kind"), body.get("category", "other"), body.get("text")
        if not all(isinstance(value, str) for value in (kind, category, text)):
            raise Refused(400, tr("PhoneServer", "The request could not be read."))
        client = request.remote or ""
        await self._run(lambda: self.room.suggest(client, kind, category, text))
        return _json({"ok": True}, 201)


def parse_ballot(values: object) -> dict[str, dict[str, int | None]]:
    """``{option: {criterion: whole number or null}}``, or a Refused(400) that says what is wrong with it."""
    unreadable = Refused(400, tr("PhoneServer", "The ballot could not be read."))
    if not isinstance(values, dict) or len(values) > 500:
        raise unreadable
    ballot: dict[str, dict[str, int | None]] = {}
    for option, by_criterion in values.items():
        if not isinstance(by_criterion, dict) or len(by_criterion) > 4:
            raise unreadable
        for criterion, value in by_criterion.items():
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                raise Refused(400, tr("PhoneServer", "Only whole numbers can be given."))
            if isinstance(value, int) and value < 0:
                raise Refused(400, tr("PhoneServer", "Dots and ratings cannot be negative."))
            ballot.setdefault(str(option), {})[str(criterion)] = value
    return ballot
