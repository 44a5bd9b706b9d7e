"""The layering ARCHITECTURE.md promises, checked: the core never imports Prefect, the
installed package adds no generic top-level names, and Prefect's quiet settings agree
wherever they are written."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

import leadflow
from leadflow.runtime_env import PREFECT_DEFAULTS

ROOT = Path(__file__).resolve().parents[2]
ORCHESTRATION = ("leadflow.flows", "leadflow.tasks", "leadflow.blocks", "leadflow.cli.main", "leadflow.__main__")


def core_modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages(leadflow.__path__, "leadflow.")]
    return sorted(n for n in names if not n.startswith(ORCHESTRATION) and ".migrations" not in n)


def test_the_core_imports_no_prefect():
    modules = core_modules()
    assert "leadflow.app.runs" in modules and "leadflow.domain.validation" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'prefect' or m.startswith('prefect.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_the_orchestration_layer_installs_inside_the_leadflow_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert all(p == "leadflow" or p.startswith("leadflow.") for p in config["packages"])
    assert config["package-dir"] == {"leadflow.flows": "flows", "leadflow.tasks": "tasks", "leadflow.blocks": "blocks"}


def test_prefect_quiet_settings_agree_everywhere():
    server = tomllib.loads((ROOT / "prefect.toml").read_text())["server"]
    assert str(server["analytics_enabled"]).lower() == PREFECT_DEFAULTS["PREFECT_SERVER_ANALYTICS_ENABLED"]
    assert str(server["ephemeral"]["startup_timeout_seconds"]) == PREFECT_DEFAULTS[
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"]
    for deployment in yaml.safe_load((ROOT / "prefect.yaml").read_text())["deployments"]:
        env = deployment["work_pool"]["job_variables"]["env"]
        assert env["DO_NOT_TRACK"] == PREFECT_DEFAULTS["DO_NOT_TRACK"]
        assert all(value == PREFECT_DEFAULTS[key] for key, value in env.items() if key in PREFECT_DEFAULTS)
