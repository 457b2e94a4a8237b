"""The container image's layout, reproduced without a container engine (none runs here): a plain
non-editable `pip install` of the project (as the Dockerfile does), the source folder removed after it,
the installed code read-only, the commands run from another working directory by a non-root user
(`nobody`, when the tests run as root), with the SQLite store in a writable data folder like /data.

Third-party packages come from the test environment through a .pth file, so nothing is downloaded but
the build backend (setuptools, from pip's cache), and the install takes ~15 s."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = next((REPO / "seeds").glob("004_*.txt"))  # Traditional Chinese: summarised without any LLM
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
AS_NOBODY = ["setpriv", "--reuid", "nobody", "--regid", "nogroup", "--clear-groups"]


@dataclass
class Layout:
    root: Path
    venv: Path
    work: Path
    data: Path

    @property
    def bisum(self) -> str:
        return str(self.venv / "bin" / "bisum")

    @property
    def python(self) -> str:
        return str(self.venv / "bin" / "python")

    def env(self) -> dict[str, str]:
        """No BISUM_* / OPENAI_* from the test run: the image's defaults, the store in the data folder."""
        kept = {k: v for k, v in os.environ.items() if not k.startswith(("BISUM_", "OPENAI_", "PYTHON"))}
        return {
            **kept,
            "HOME": str(self.work),
            "PYTHONDONTWRITEBYTECODE": "1",
            "BISUM_DATABASE_URL": f"sqlite:///{self.data}/bisum.sqlite3",
        }

    def command(self, *args: str) -> list[str]:
        return [*(AS_NOBODY if IS_ROOT else []), *args]

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args),
            cwd=self.work,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def _set_writable(path: Path, writable: bool) -> None:
    for item in [path, *path.rglob("*")]:
        if item.is_symlink():
            continue
        mode = item.stat().st_mode
        bits = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH
        item.chmod((mode | stat.S_IWUSR) if writable else (mode & ~bits))


@pytest.fixture(scope="module")
def layout() -> Iterator[Layout]:
    if IS_ROOT and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot switch to a non-root user")
    root = Path(tempfile.mkdtemp(prefix="bisum-layout-"))
    root.chmod(0o755)
    src, venv, work, data = root / "src", root / "venv", root / "work", root / "data"
    try:
        src.mkdir()
        for name in ("pyproject.toml", "README.md"):
            shutil.copy2(REPO / name, src / name)
        shutil.copytree(REPO / "service", src / "service", ignore=shutil.ignore_patterns("__pycache__"))
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
        # The test environment's pip installs into the new venv: a real wheel build, non-editable.
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "--python",
                str(venv / "bin" / "python"),
                "install",
                "-q",
                "--no-deps",
                str(src),
            ],
            check=True,
            timeout=300,
            capture_output=True,
        )
        site = Path(
            subprocess.run(
                [
                    str(venv / "bin" / "python"),
                    "-c",
                    "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                ],
                check=True,
                capture_output=True,
                text=True,
                timeout=30,
            ).stdout.strip()
        )
        # Dependencies from the test environment; its editable bisum is not seen (a plain path entry
        # runs no .pth hooks), so `service` can only come from the installed wheel.
        (site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
        shutil.rmtree(src)  # like the Dockerfile: nothing may read the source tree at run time
        _set_writable(venv, False)
        work.mkdir()
        data.mkdir()
        shutil.copy2(SEED, work / SEED.name)
        if IS_ROOT:
            for path in (work, data, work / SEED.name):
                shutil.chown(path, "nobody", "nogroup")
        found = Layout(root, venv, work, data)
        probe = found.run(found.python, "-c", "import fastapi")
        if probe.returncode != 0 and "Permission denied" in probe.stderr:
            pytest.skip(f"the test environment's packages are not readable by nobody: {probe.stderr[-200:]}")
        yield found
    finally:
        if venv.exists():
            _set_writable(venv, True)
        shutil.rmtree(root, ignore_errors=True)


def test_the_installed_package_is_used_and_read_only(layout: Layout) -> None:
    where = layout.run(layout.python, "-c", "import service, os; print(service.__file__)")
    assert where.returncode == 0, where.stderr
    package = Path(where.stdout.strip()).parent
    assert package.is_relative_to(layout.venv), package
    assert (package / "prompts" / "CHECKSUMS").is_file()
    if IS_ROOT:  # root writes anywhere; the point is that the service's user cannot
        attempt = layout.run(layout.python, "-c", f"open({str(package / 'x')!r}, 'w')")
        assert attempt.returncode != 0 and "Permission denied" in attempt.stderr


def test_prompts_come_from_the_package(layout: Layout) -> None:
    result = layout.run(layout.bisum, "prompts")
    assert result.returncode == 0, result.stderr
    assert "summarize@v1" in result.stdout and "translate@v1" in result.stdout


def test_summarize_stores_its_draft_in_the_data_folder(layout: Layout) -> None:
    result = layout.run(layout.bisum, "summarize", SEED.name)
    assert result.returncode == 0, result.stderr
    assert "engine: extractive" in result.stdout
    assert (layout.data / "bisum.sqlite3").is_file()
    again = layout.run(layout.bisum, "summarize", SEED.name, "--json")
    assert again.returncode == 0 and '"cached":true' in again.stdout


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_serve_answers_health_and_requests(layout: Layout) -> None:
    port = _free_port()
    server = subprocess.Popen(
        layout.command(layout.bisum, "serve", "--port", str(port)),
        cwd=layout.work,
        env=layout.env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stderr.read() if server.stderr else "bisum serve exited"
            try:
                if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "bisum serve did not answer /healthz within 60 s"
            time.sleep(0.2)
        ready = httpx.get(f"{url}/readyz", timeout=10).json()
        assert "summarize@v1" in ready["prompts"]
        text = SEED.read_text(encoding="utf-8")
        summary = httpx.post(f"{url}/v1/summaries", json={"text": text}, timeout=60)
        assert summary.status_code == 200, summary.text
        converted = httpx.post(
            f"{url}/translate", data={"q": "觀察者網", "source": "zt", "target": "zh"}, timeout=30
        )
        assert converted.status_code == 200 and converted.json() == {"translatedText": "观察者网"}
        docs = httpx.get(f"{url}/docs", timeout=10)
        assert docs.status_code == 200 and "swagger-ui-bundle.js" in docs.text
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:  # pragma: no cover - a hung shutdown
            server.kill()
            server.wait(timeout=10)
