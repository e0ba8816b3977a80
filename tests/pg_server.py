"""A real, throwaway PostgreSQL server for the tests: plain subprocess, no pytest plugin.

``PostgresServer`` runs ``initdb`` in a fresh temporary folder, starts ``postgres`` on a free loopback port
(durability switched off: fsync, synchronous_commit and full-page writes), and removes everything on
``stop()``. initdb and postgres refuse to run as root, so under root the server binaries run as an
unprivileged user (``postgres`` if it exists, else ``nobody``) through ``runuser`` and the folder is
handed to that user. Clients (``psql``, asyncpg) connect over TCP as the ``postgres`` role, trusted.

    with PostgresServer() as pg:
        pg.url                        # postgresql://postgres@127.0.0.1:PORT/tutor
        pg.create_database("other")   # -> its URL
"""

from __future__ import annotations

import atexit
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

SUPERUSER = "postgres"
HOST = "127.0.0.1"
SERVER_OPTIONS = "-F -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def find_pg_bin() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``: from PATH first, else the newest
    ``/usr/lib/postgresql/<version>/bin``. A PATH entry that is a symlink (Debian's /usr/local/bin links,
    say) is followed to the real folder, so ``psql``/``createdb`` of the same version sit next to it."""
    found = shutil.which("initdb")
    if found:
        for folder in (Path(found).resolve().parent, Path(found).parent):
            if _has_server(folder):
                return folder
    versions = []
    for folder in Path("/usr/lib/postgresql").glob("*/bin"):
        try:
            versions.append((float(folder.parent.name), folder))
        except ValueError:
            continue
    for _, folder in sorted(versions, reverse=True):
        if _has_server(folder):
            return folder
    return None


def _has_server(folder: Path) -> bool:
    return all(os.access(folder / tool, os.X_OK) for tool in ("initdb", "pg_ctl", "postgres"))


def free_port(host: str = HOST) -> int:
    """A TCP port nothing listens on right now (the kernel's pick for port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def port_open(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def _server_user() -> str | None:
    """Who runs initdb/postgres: ourselves (None) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError("running as root and neither a 'postgres' nor a 'nobody' user exists to run postgres")


def _client_env() -> dict[str, str]:
    """The environment without libpq's PG* variables, so a developer's PGHOST etc. cannot redirect us."""
    return {key: value for key, value in os.environ.items() if not key.startswith("PG")}


class PostgresServer:
    """One postgres in its own temporary folder. ``start()``/``stop()``, or use it as a context manager."""

    def __init__(self, dbname: str = "tutor", bin_dir: Path | str | None = None, start_attempts: int = 3):
        found = Path(bin_dir) if bin_dir else find_pg_bin()
        if found is None:
            raise RuntimeError(
                "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found on PATH or in "
                "/usr/lib/postgresql/*/bin; install them, e.g. `apt-get install postgresql`"
            )
        self.bin_dir: Path = found
        self.dbname = _checked(dbname)
        self.start_attempts = start_attempts
        self.user: str | None = _server_user()
        self.port: int | None = None
        self.base: Path | None = None

    # -- paths and URLs ------------------------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        return self._base() / "data"

    @property
    def log_file(self) -> Path:
        return self._base() / "log"

    @property
    def url(self) -> str:
        return self.url_for(self.dbname)

    def url_for(self, dbname: str) -> str:
        if self.port is None:
            raise RuntimeError("the server is not running")
        return f"postgresql://{SUPERUSER}@{HOST}:{self.port}/{dbname}"

    @property
    def running(self) -> bool:
        return self.port is not None

    # -- lifecycle -----------------------------------------------------------------------------------
    def start(self) -> PostgresServer:
        if self.running:
            return self
        # under /tmp explicitly when root: TMPDIR may sit in a folder the server user cannot enter
        self.base = Path(tempfile.mkdtemp(prefix="pgtest-", dir="/tmp" if self.user else None))
        atexit.register(self.stop)
        try:
            if self.user:
                shutil.chown(self.base, self.user, self.user)
                self.base.chmod(0o755)
            self._server(
                "initdb", "-D", str(self.data_dir), "-U", SUPERUSER, "-A", "trust", "--no-sync", "-E", "UTF8",
                what="initdb",
            )
            self._start_on_free_port()
            self._client("createdb", self.dbname)
        except BaseException:
            self.stop()
            raise
        return self

    def _start_on_free_port(self) -> None:
        """pg_ctl start; on a lost race for the port (someone bound it in between), try another one."""
        for attempt in range(1, self.start_attempts + 1):
            port = free_port()
            options = f"-h {HOST} -p {port} -k '{self._base()}' {SERVER_OPTIONS}"
            try:
                self._server(
                    "pg_ctl", "-D", str(self.data_dir), "-o", options, "-l", str(self.log_file),
                    "-w", "start", what="pg_ctl start",
                )
            except RuntimeError:
                if attempt < self.start_attempts and "could not bind" in self._log_tail():
                    continue
                raise
            self.port = port
            return

    def stop(self) -> None:
        """Kill the server (immediate mode: nothing to keep) and remove its folder. Safe to call twice."""
        atexit.unregister(self.stop)
        base, self.base, self.port = self.base, None, None
        if base is None:
            return
        try:
            if (base / "data" / "postmaster.pid").exists():
                subprocess.run(
                    self._as_server_user([str(self.bin_dir / "pg_ctl"), "-D", str(base / "data"),
                                          "-m", "immediate", "-w", "stop"]),
                    cwd=base, env=_client_env(), capture_output=True, text=True, timeout=60, check=False,
                )
        finally:
            shutil.rmtree(base, ignore_errors=True)

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- databases -----------------------------------------------------------------------------------
    def create_database(self, name: str) -> str:
        """A new empty database; its URL."""
        self._client("createdb", _checked(name))
        return self.url_for(name)

    def drop_database(self, name: str) -> None:
        """Drop it, disconnecting whoever is still in it."""
        self._client("dropdb", "--if-exists", "--force", _checked(name))

    # -- running things ------------------------------------------------------------------------------
    def _base(self) -> Path:
        if self.base is None:
            raise RuntimeError("the server is not started")
        return self.base

    def _as_server_user(self, argv: Sequence[str]) -> list[str]:
        return ["runuser", "-u", self.user, "--", *argv] if self.user else list(argv)

    def _server(self, tool: str, *args: str, what: str) -> None:
        """A server binary, as the server user, run in the temp folder (root's cwd may be closed to it)."""
        argv = self._as_server_user([str(self.bin_dir / tool), *args])
        done = subprocess.run(
            argv, cwd=self._base(), env=_client_env(), capture_output=True, text=True, timeout=120,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(
                f"{what} failed (exit {done.returncode}): {' '.join(argv)}\n"
                f"--- output ---\n{(done.stdout + done.stderr).strip()[-3000:]}\n"
                f"--- server log tail ---\n{self._log_tail()}"
            )

    def _client(self, tool: str, *args: str) -> None:
        """createdb/dropdb over TCP as the postgres role (any OS user may: auth is trust on loopback)."""
        if self.port is None:
            raise RuntimeError("the server is not running")
        argv = [str(self.bin_dir / tool), "-h", HOST, "-p", str(self.port), "-U", SUPERUSER, *args]
        done = subprocess.run(
            argv, env=_client_env(), capture_output=True, text=True, timeout=60, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed (exit {done.returncode}): {done.stderr.strip()}")

    def _log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_file.read_text(encoding="utf-8", errors="replace")
        except (OSError, RuntimeError):
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:]) or "(empty log)"


def _checked(name: str) -> str:
    """Database names go on a command line and into URLs: keep them to plain identifiers."""
    if not _NAME.match(name):
        raise ValueError(f"not a plain database name: {name!r}")
    return name


__all__ = ["PostgresServer", "find_pg_bin", "free_port", "port_open"]
