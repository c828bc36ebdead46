"""`carelab session serve CODE`: the session's pages as web pages without code (Voila), for the trainees and the
trainer, until Ctrl-C.

Bound to this machine (127.0.0.1) unless the trainer chooses to serve the room (`--ip 0.0.0.0`); then the join
code and the session's secret in the trainees' address, and the trainer's key in the dashboard's, are the access
control. Voila gives each page a kernel of its own; the session's database and code reach them in the environment.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import sqlalchemy as sa

from simulation.i18n import marked, t
from simulation.inputs.errors import InputError, UserError
from simulation.sessions import store
from simulation.sessions.pages.common import CODE_VARIABLE, DB_VARIABLE
from simulation.sessions.room import Room
from simulation.sessions.store import sessions

PAGES = Path(__file__).resolve().parent / "pages"


def command(ip: str, port: int) -> list[str]:
    """Voila on the pages folder: no browser, no sources, and never a traceback on a page (the server's terminal
    has them), on the port asked for or not at all: the addresses printed name that port. A page's kernel ends when
    the page closes; one whose page went away without saying so (a laptop shut) ends after five quiet minutes
    without a connection, so a day of reloads does not pile up kernels.
    Voila's page asks for that end without the XSRF token jupyter_server wants (and is refused), so the check is
    off: a Voila page runs no code it is sent, and a kernel's id is a random UUID."""
    return [sys.executable, "-m", "voila", str(PAGES), "--no-browser", f"--Voila.ip={ip}", f"--port={port}",
            "--VoilaConfiguration.show_tracebacks=False", "--strip_sources=True", "--theme=light",
            "--MappingKernelManager.cull_interval=60", "--MappingKernelManager.cull_idle_timeout=300",
            "--Voila.tornado_settings", "disable_check_xsrf=True", "--Voila.port_retries=0"]


def addresses(secret: str, trainer_key: str, host: str, port: int) -> tuple[str, str]:
    """The trainees' page (with the session's secret) and the trainer's dashboard (with the trainer's key)."""
    base = f"http://{host}:{port}/voila/render"
    return (f"{base}/trainee.ipynb?{urlencode({'secret': secret})}",
            f"{base}/dashboard.ipynb?{urlencode({'key': trainer_key})}")


def serve(args) -> None:
    """Serve the pages of session `args.target` until Ctrl-C (or until stopped)."""
    room = Room.find(args.target, args.db, args.folder, args.lang)  # an unknown code: a clear message, first
    with room.engine.connect() as conn:
        key = conn.execute(sa.select(sessions.c.trainer_key).where(sessions.c.id == room.id)).scalar_one()
    ip = args.ip or "127.0.0.1"
    _check_port_free(ip, args.port, args.lang)
    # The kernels start in the pages' folder: they get the database's full address, never a relative one.
    env = {**os.environ, CODE_VARIABLE: room.code, DB_VARIABLE: store.url_of(args.db, args.folder)}
    process = subprocess.Popen(command(ip, args.port), env=env, cwd=PAGES)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stopped by its parent: Voila and its kernels too
    try:
        everywhere = ip in ("0.0.0.0", "::")
        _wait_until_answering(process, "127.0.0.1" if everywhere else ip, args.port, args.lang)
        trainees, trainer = addresses(room.secret, key, _room_address() if everywhere else ip, args.port)
        print(t("Session {name}: join code {code}", args.lang, name=room.name, code=room.code))
        print(t("Trainees: {address}", args.lang, address=trainees))
        print(t("Trainer: {address} (keep it to yourself)", args.lang, address=trainer), flush=True)
        process.wait()
    except KeyboardInterrupt:  # Ctrl-C: the end of the session's day
        pass
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=20)


def _check_port_free(ip: str, port: int, lang: str) -> None:
    """Another server on the port (a session still served, another notebook server) would answer for this one, and
    the trainees would be sent to it."""
    with socket.socket(socket.AF_INET6 if ":" in ip else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server will: a closed port is free
        try:
            probe.bind((ip, port))
        except OSError as err:
            raise InputError("carelab session serve", "--port", port,
                             t(marked("a port no other program listens on; this one said: {reason}"), lang,
                               reason=err.strerror)) from None


def _room_address() -> str:
    """This machine's address on the room's network: the one it would send from (a UDP socket sends nothing
    when it connects), or its name where it has no network."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return probe.getsockname()[0]
        except OSError:
            return socket.gethostname()


def _wait_until_answering(process: subprocess.Popen, host: str, port: int, lang: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://{host}:{port}/", timeout=2).close()
            return
        except OSError:
            time.sleep(0.3)
    if process.poll() is not None:
        raise UserError(t(marked("The pages' server (Voila) stopped with exit code {code}: see its messages above."),
                          lang, code=process.returncode))
    raise UserError(t(marked("The pages' server (Voila) did not answer on port {port} within {seconds} seconds: see "
                             "its messages above."), lang, port=port, seconds=round(seconds)))
