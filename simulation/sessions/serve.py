"""`carelab session serve CODE`: the session's pages as web pages without code (Voila), for the trainees and the
trainer, until Ctrl-C.

Bound to this machine (127.0.0.1) unless the trainer chooses to serve the room (`--ip 0.0.0.0`); then the join
code and the session's secret in the trainees' address, and the trainer's key in the dashboard's, are the access
control. Voila gives each page a kernel of its own; the session's database and code reach them in the environment.
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

from simulation.sessions.pages.common import CODE_VARIABLE, DB_VARIABLE

PAGES = Path(__file__).resolve().parent / "pages"
DEFAULT_PORT = 8866  # Voila's own


def add_arguments(serve: argparse.ArgumentParser) -> None:
    serve.add_argument("code", metavar="CODE", help="the session's join code")
    serve.add_argument("--db", default=None, help="the session's database URL (default: the workshop's SQLite)")
    serve.add_argument("--ip", default="127.0.0.1",
                       help="the address to serve on; 0.0.0.0 serves every machine of the room (default: this one)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"(default: {DEFAULT_PORT})")


def command(ip: str, port: int) -> list[str]:
    """Voila on the pages folder: no browser, no sources, and never a traceback on a page (the server's terminal
    has them). A page's kernel ends when the page closes; one whose page went away without saying so (a laptop
    shut) ends after five quiet minutes without a connection, so a day of reloads does not pile up kernels.
    Voila's page asks for that end without the XSRF token jupyter_server wants (and is refused), so the check is
    off: a Voila page runs no code it is sent, and a kernel's id is a random UUID."""
    return [sys.executable, "-m", "voila", str(PAGES), "--no-browser", f"--Voila.ip={ip}", f"--port={port}",
            "--VoilaConfiguration.show_tracebacks=False", "--strip_sources=True", "--theme=light",
            "--MappingKernelManager.cull_interval=60", "--MappingKernelManager.cull_idle_timeout=300",
            "--Voila.tornado_settings={'disable_check_xsrf': True}"]


def addresses(room, trainer_key: str, host: str, port: int) -> tuple[str, str]:
    """The trainees' page (with the session's secret) and the trainer's dashboard (with the trainer's key)."""
    base = f"http://{host}:{port}/voila/render"
    return (f"{base}/trainee.ipynb?{urlencode({'secret': room.secret})}",
            f"{base}/dashboard.ipynb?{urlencode({'key': trainer_key})}")


def serve(args) -> None:
    from simulation.sessions.room import Room

    room = Room.find(args.code, args.db)  # an unknown code: a clear message, before anything starts
    env = {**os.environ, CODE_VARIABLE: room.code}
    if args.db:
        env[DB_VARIABLE] = args.db
    process = subprocess.Popen(command(args.ip, args.port), env=env, cwd=PAGES)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stopped by its parent: Voila and its kernels too
    try:
        everywhere = args.ip in ("0.0.0.0", "::", "")
        _wait_until_answering(process, "127.0.0.1" if everywhere else args.ip, args.port)
        host = socket.gethostname() if everywhere else args.ip
        trainees, trainer = addresses(room, room.trainer_key, host, args.port)
        print(f"{room.name} ({room.code})")
        print(f"Trainees: {trainees}")
        print(f"Trainer:  {trainer}", flush=True)
        process.wait()
    except KeyboardInterrupt:  # Ctrl-C: the end of the session's day
        pass
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=20)


def _wait_until_answering(process: subprocess.Popen, host: str, port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while process.poll() is None and time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://{host}:{port}/", timeout=2).close()
            return
        except OSError:
            time.sleep(0.3)
    if process.poll() is not None:
        raise SystemExit(f"Voila stopped (exit code {process.returncode}): see the messages above.")
