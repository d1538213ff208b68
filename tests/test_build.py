"""The PyInstaller one-folder build starts and renders (slow: run with ``pytest -m slow``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_frozen_build_runs_help_and_snapshot(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="needs the dev extra: pip install -e .[dev]")
    dist, work = tmp_path / "dist", tmp_path / "build"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
         "--distpath", str(dist), "--workpath", str(work)],
        cwd=ROOT, check=True, capture_output=True, timeout=1500,
    )
    exe = dist / "BizCare" / ("bizcare-cli.exe" if os.name == "nt" else "bizcare-cli")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BIZCARE_HOME": str(tmp_path / "home")}
    db = ["--db", str(tmp_path / "frozen.db")]
    out = subprocess.run([str(exe), "--help"], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0 and "snapshot" in out.stdout
    words = subprocess.run([str(exe), "terbilang", "5000001", *db], env=env,
                           capture_output=True, text=True, timeout=120)
    assert words.stdout.strip() == "lima juta satu rupiah"
    png = tmp_path / "frozen.png"
    shot = subprocess.run([str(exe), "snapshot", "--tab", "settings", "-o", str(png), *db],
                          env=env, capture_output=True, text=True, timeout=180)
    assert shot.returncode == 0, shot.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    # What the folder must carry: translations (a frozen error speaks Indonesian), PDF fonts,
    # icons and Qt's platform plugin for a real screen.
    bundle = exe.parent
    platform = "qwindows.dll" if os.name == "nt" else "libqxcb.so"
    for name in ("bizcare_id.qm", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                 "bizcare.png", "style.qss", platform):
        assert any(bundle.rglob(name)), f"{name} is missing from the build"
    bad = subprocess.run([str(exe), "terbilang", "abc", *db], env=env, capture_output=True,
                         text=True, timeout=120)
    assert bad.returncode == 2 and bad.stderr == "bizcare: “abc” bukan jumlah Rupiah.\n"
