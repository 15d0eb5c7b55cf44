"""Check that every dependency of Carnet, and of its bundle build, has a binary wheel for each
system the installers are made on, for the Python version the bundles use.

    python packaging/check_wheels.py            # all targets; exit 1 naming what is missing

This machine builds only the Linux bundle; Windows and macOS bundles are built on hosted
runners (.github/workflows/release.yml). A dependency without a wheel for one of them would
fail there, after a tag was pushed: this finds it here, before.

pip resolves for another platform with ``--platform``, but it evaluates environment markers
(``; sys_platform == 'win32'``) for the machine it runs on. So the resolution is repeated:
after each round, the markers of every resolved distribution's requirements are evaluated
for the target, and any requirement that applies there but was not resolved (pefile and
pywin32-ctypes for PyInstaller on Windows, macholib on macOS) is added, until nothing is.
Only metadata is fetched (``pip install --dry-run --report``), not the wheels themselves.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PYTHON_VERSION = "3.11"  # what the bundles are built with (release.yml's setup-python)
# Pure-Python packages published only as a source archive: pip builds them on any system
# (no compiler involved), so they need no wheel. Each is named here, and only here, with why.
SOURCE_ONLY = {
    "odfpy": "pure Python (OpenDocument import); its only dependency, defusedxml, is checked as a wheel",
}


@dataclass(frozen=True)
class Target:
    name: str
    platforms: tuple[str, ...]  # pip --platform tags, most specific first
    environment: dict[str, str]  # the marker environment of that system


TARGETS = (
    Target("windows-x86_64", ("win_amd64",),
           {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64"}),
    Target("macos-arm64", tuple(f"macosx_{v}_0_{arch}" for v in (14, 13, 12, 11) for arch in ("arm64", "universal2")),
           {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix", "platform_machine": "arm64"}),
    Target("macos-x86_64", tuple(f"macosx_{v}_{arch}" for v in ("13_0", "12_0", "11_0", "10_15", "10_13", "10_9")
                                 for arch in ("x86_64", "universal2")),
           {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix", "platform_machine": "x86_64"}),
    Target("linux-x86_64", tuple(f"manylinux_2_{v}_x86_64" for v in (35, 28, 17)) + ("manylinux2014_x86_64",),
           {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix", "platform_machine": "x86_64"}),
)


def project_requirements() -> list[Requirement]:
    """The app's dependencies and the bundle build's (the "packaging" extra)."""
    with open(ROOT / "pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)["project"]
    lines = [*project["dependencies"], *project["optional-dependencies"]["packaging"]]
    return [Requirement(line) for line in lines]


def applies(requirement: Requirement, target: Target, extras: frozenset[str] = frozenset()) -> bool:
    if requirement.marker is None:
        return True
    environment = {**_default_environment(), **target.environment}
    return any(requirement.marker.evaluate({**environment, "extra": extra}) for extra in (extras or {""}))


def _default_environment() -> dict[str, str]:
    return {"python_version": PYTHON_VERSION, "python_full_version": f"{PYTHON_VERSION}.0",
            "implementation_name": "cpython", "platform_python_implementation": "CPython"}


def resolve(requirements: list[Requirement], target: Target) -> dict[str, dict]:  # type: ignore[type-arg]
    """name -> pip's report item, resolved with binary wheels only for ``target``."""
    arguments = [str(Requirement(f"{r.name}{'[' + ','.join(sorted(r.extras)) + ']' if r.extras else ''}{r.specifier}"))
                 for r in requirements]
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        command = [sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--ignore-installed",
                   "--disable-pip-version-check", "--only-binary=:all:", "--python-version", PYTHON_VERSION,
                   "--implementation", "cp", "--target", str(Path(scratch) / "target"), "--report", str(report)]
        for platform in target.platforms:
            command += ["--platform", platform]
        completed = subprocess.run([*command, *arguments], capture_output=True, text=True, check=False)
        if completed.returncode != 0:
            raise LookupError(_pip_problem(completed.stderr))
        items = json.loads(report.read_text(encoding="utf-8"))["install"]
    return {canonicalize_name(item["metadata"]["name"]): item for item in items}


def _pip_problem(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("ERROR") and "Location" not in line]
    return "; ".join(lines) or stderr.strip()[-400:]


def check(target: Target) -> tuple[list[str], str | None]:
    """The wheels resolved for ``target``, or the reason a dependency has none."""
    wanted = {canonicalize_name(r.name): r for r in project_requirements()
              if applies(r, target) and canonicalize_name(r.name) not in SOURCE_ONLY}
    for _round in range(5):
        try:
            resolved = resolve(list(wanted.values()), target)
        except LookupError as problem:
            return [], str(problem)
        missing = {}
        for item in resolved.values():
            extras = frozenset(item.get("requested_extras") or ())
            for line in item["metadata"].get("requires_dist") or ():
                requirement = Requirement(line)
                name = canonicalize_name(requirement.name)
                if (name not in resolved and name not in wanted and name not in SOURCE_ONLY
                        and applies(requirement, target, extras)):
                    requirement.marker = None
                    missing[name] = requirement
        if not missing:
            return sorted(item["download_info"]["url"].rsplit("/", 1)[-1] for item in resolved.values()), None
        wanted.update(missing)
    return [], "the requirements did not settle after five rounds"


def main() -> int:
    failures = 0
    for name, why in SOURCE_ONLY.items():
        print(f"source   {name}: {why}")
    for target in TARGETS:
        wheels, problem = check(target)
        if problem:
            failures += 1
            print(f"MISSING  {target.name}: {problem}")
        else:
            print(f"ok       {target.name}: {len(wheels)} wheels for Python {PYTHON_VERSION}")
            for wheel in wheels:
                print(f"           {wheel}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

