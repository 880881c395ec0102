"""The real server for bench/load.py: ``citypeers serve`` (gunicorn) on loopback, and a
throwaway PostgreSQL server when one can be had (``.ci/postgres``, as CI starts it)."""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CITYPEERS = Path(sys.executable).parent / "citypeers"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """gunicorn with two workers, DEBUG off and a bench secret key, on a free loopback port."""

    def __init__(self, env: dict[str, str], log: Path):
        self.env = {
            **env,
            "DEBUG": "0",
            "SECRET_KEY": os.environ.get("BENCH_SECRET_KEY", "bench-" + "k" * 60),
            "SECURE_COOKIES": "0",  # plain HTTP on loopback: the cookies must travel
            "API_RATE_LIMIT": "1000000/s",  # the bench measures speed, not the rate limit
            "WEB_CONCURRENCY": "2",
        }
        self.log = log
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 90) -> None:
        """Start and wait until /healthz answers "ok"."""
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [str(CITYPEERS), "serve", "--bind", f"127.0.0.1:{self.port}", "--workers", "2"],
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server stopped at start; see {self.log}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/healthz", timeout=2).text == "ok":
                    return
            time.sleep(0.3)
        raise RuntimeError(f"the server did not answer within {timeout} s; see {self.log}")

    def processes(self) -> list[int]:
        """The gunicorn master and its workers."""
        master = self.process.pid
        children = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, IndexError):
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == master:
                    children.append(int(stat.parent.name))
        return [master, *children]

    def kill(self) -> list[int]:
        """SIGKILL the master and every worker at once (no clean shutdown); their pids."""
        pids = self.processes()
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        self.process.wait()
        for pid in pids[1:]:  # workers are gone once /proc forgets them
            while Path(f"/proc/{pid}").exists() and "Z" not in _state(pid):
                time.sleep(0.05)
        return pids

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.kill()


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "Z"


@contextlib.contextmanager
def postgres_server():
    """Yields (database URL, None) or (None, why PostgreSQL is skipped).

    ``BENCH_DATABASE_URL`` names a server to use; otherwise, as root, ``.ci/postgres``
    starts a throwaway one on loopback (installing PostgreSQL if needed) and stops it after.
    """
    if os.environ.get("BENCH_DATABASE_URL"):
        yield os.environ["BENCH_DATABASE_URL"], None
        return
    if os.geteuid() != 0:
        yield None, "BENCH_DATABASE_URL is not set and starting a server needs root"
        return
    bash, helper = shutil.which("bash") or "/bin/bash", ROOT / ".ci" / "postgres"
    started = subprocess.run(
        [bash, helper, "start", str(free_port())], capture_output=True, text=True
    )
    if started.returncode != 0:
        yield None, f"no server could be started: {started.stderr.strip()[-300:]}"
        return
    data, url = started.stdout.split()
    try:
        yield url, None
    finally:
        subprocess.run([bash, helper, "stop", data], capture_output=True)


@contextlib.contextmanager
def read_only(folder: Path):
    """Make ``folder`` and all in it unwritable (for root too: immutable); yields how."""
    folder.mkdir(parents=True, exist_ok=True)
    chattr = shutil.which("chattr") or "/usr/bin/chattr"
    if os.geteuid() == 0:  # root ignores permissions, not the immutable attribute
        how, undo = "chattr +i", lambda: subprocess.run([chattr, "-R", "-i", folder], check=True)
        subprocess.run([chattr, "-R", "+i", folder], check=True)
    else:
        how, undo = "chmod a-w", lambda: _chmod_tree(folder, 0o200, add=True)
        _chmod_tree(folder, 0o222, add=False)
    probe = folder / "probe.txt"
    try:
        probe.write_text("probe")
    except OSError as error:
        how += f"; a test write fails: {error.strerror}"
    else:
        probe.unlink()
        how += "; yet a test write succeeds"
    try:
        yield how
    finally:
        undo()


def _chmod_tree(folder: Path, bits: int, *, add: bool) -> None:
    for path in [folder, *folder.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod(mode | bits if add else mode & ~bits)
