"""A non-editable install into a clean virtual environment works from any directory."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_install_builds_and_queries_from_another_directory(tmp_path: Path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run([python, "-m", "pip", "install", "-q", str(ROOT)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr[-2000:]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    treatykg = env_dir / "bin" / "treatykg"
    build = subprocess.run([treatykg, "build"], cwd=elsewhere, capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    assert (elsewhere / ".treatykg" / "CURRENT").exists()
    query = subprocess.run(
        [treatykg, "query", "resolutions", "--format", "csv"], cwd=elsewhere, capture_output=True, text=True
    )
    assert query.returncode == 0 and "A/RES/77/79" in query.stdout
    # the installed package carries no top-level 'loaders' module and imports nothing from the checkout
    probe = subprocess.run(
        [
            python,
            "-c",
            "import importlib.util, treatykg, sys;"
            "print(importlib.util.find_spec('loaders') is None, treatykg.__file__)",
        ],
        cwd=elsewhere,
        capture_output=True,
        text=True,
    )
    no_loaders, location = probe.stdout.split()
    assert no_loaders == "True" and str(ROOT) not in location and sys.prefix not in location
