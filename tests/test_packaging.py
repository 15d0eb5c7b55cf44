"""The installers' files agree with each other and with the app: one application id, one
version, icons that open in every size, and an entry point that sends each executable
where it should. (Building the bundle itself is CI's job: packaging/build-linux.sh.)"""

from __future__ import annotations

import configparser
import importlib.util
import re
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path, PureWindowsPath

import pytest
import yaml
from PySide6.QtGui import QGuiApplication, QImageReader

import journal_app
from journal_app.ui.app import configure_application_identity

REPOSITORY = Path(__file__).resolve().parent.parent
PACKAGING = REPOSITORY / "packaging"
APP_ID = "be.carnet.Carnet"


def _project_version() -> str:
    return journal_app.__version__  # pyproject.toml reads it from there


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(PACKAGING / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ElementTree.Element:
    return ElementTree.parse(PACKAGING / "linux" / f"{APP_ID}.metainfo.xml").getroot()


def test_one_application_id_everywhere(qapp) -> None:  # type: ignore[no-untyped-def]
    configure_application_identity()
    metainfo = _metainfo()
    flatpak = yaml.safe_load((PACKAGING / "linux" / f"{APP_ID}.yml").read_text(encoding="utf-8"))

    assert QGuiApplication.desktopFileName() == APP_ID  # what Wayland matches windows with
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    assert flatpak["app-id"] == APP_ID
    assert _desktop_entry()["Icon"] == APP_ID
    assert (PACKAGING / "linux" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()


def test_the_desktop_file_starts_the_desktop_executable() -> None:
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == "carnet"
    assert entry["Exec"].split()[0] in yaml.safe_load(
        (PACKAGING / "linux" / f"{APP_ID}.yml").read_text(encoding="utf-8"))["command"]
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"


def test_the_metainfo_and_the_installer_name_the_current_version() -> None:
    version = _project_version()
    releases = _metainfo().find("releases")
    assert releases is not None
    assert releases[0].get("version") == version  # the newest release comes first
    inno = (PACKAGING / "windows" / "carnet.iss").read_text(encoding="utf-8")
    assert re.search(r'#define AppVersion "([^"]+)"', inno)[1] == version  # type: ignore[index]


@pytest.mark.parametrize(("path", "sizes"), [
    (PACKAGING / "windows" / "carnet.ico", [16, 24, 32, 48, 64, 128, 256]),
    (PACKAGING / "macos" / "carnet.icns", [16, 32, 64, 128, 256, 512, 1024]),
])
def test_the_windows_and_macos_icons_hold_every_size(qapp, path: Path, sizes: list[int]) -> None:  # type: ignore[no-untyped-def]
    reader = QImageReader(str(path))
    found = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        found.append(image.width())
    assert sorted(found) == sizes


def test_the_linux_icons_exist_in_the_standard_sizes(qapp) -> None:  # type: ignore[no-untyped-def]
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        image = QImageReader(str(PACKAGING / "linux" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png")).read()
        assert (image.width(), image.height()) == (size, size)


def _entry_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("carnet_entry", PACKAGING / "entry.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # its own main() runs only as __main__
    return module


def test_the_entry_point_sends_each_executable_where_it_should() -> None:
    entry = _entry_module()
    assert entry.arguments_for("/opt/Carnet/carnet", []) == ["gui"]
    assert entry.arguments_for("/opt/Carnet/carnet", ["/home/a/j.carnet"]) == ["gui", "/home/a/j.carnet"]
    assert entry.arguments_for("C:/Program Files/Carnet/Carnet.exe", []) == ["gui"]
    assert entry.arguments_for("/Applications/Carnet.app/Contents/MacOS/carnet", ["-psn_0_1234"]) == ["gui"]
    assert entry.arguments_for("/opt/Carnet/journal-app", ["self-test"]) == ["self-test"]
    assert entry.arguments_for("/opt/Carnet/journal-app", []) == []  # the CLI alone starts the desktop app too


# ----- the installers built elsewhere (.github/workflows/release.yml): what can be checked here


def _spec_layout() -> tuple[str, set[str], set[str]]:
    """From packaging/carnet.spec: the bundle folder's name, the executables' names, the
    macOS bundle's name; read from the spec's text (running it needs PyInstaller)."""
    spec = (PACKAGING / "carnet.spec").read_text(encoding="utf-8")
    [folder] = re.findall(r'COLLECT\([^)]*?name="([^"]+)"', spec, re.DOTALL)
    executables = set(re.findall(r'executable\("([^"]+)", console=', spec))
    apps = set(re.findall(r'BUNDLE\([^)]*?name="([^"]+)"', spec, re.DOTALL))
    return folder, executables, apps


def _inno_paths(section: str) -> list[tuple[str, str]]:
    """(key, value) of every Source/Filename/… in one [Section] of the Inno Setup script."""
    text = (PACKAGING / "windows" / "carnet.iss").read_text(encoding="utf-8")
    body = re.search(rf"^\[{section}\]\n(.*?)(?=^\[|\Z)", text, re.DOTALL | re.MULTILINE)
    assert body is not None, section
    return re.findall(r'(Source|Filename|DestDir|Name): "([^"]+)"', body[1])


def test_the_windows_installer_takes_the_folder_the_spec_builds() -> None:
    folder, executables, _apps = _spec_layout()
    assert executables == {"carnet", "journal-app"}
    windows = PACKAGING / "windows"
    [(_, source)] = [item for item in _inno_paths("Files") if item[0] == "Source"]
    # Relative to the script, as iscc reads it: ..\..\dist\Carnet\* is the spec's output
    # under --distpath dist (the documented command, and release.yml's).
    parts = PureWindowsPath(source).parts
    assert parts[-1] == "*" and parts[-2] == folder
    assert (windows / Path(*parts[:-2])).resolve() == (REPOSITORY / "dist").resolve()
    started = {PureWindowsPath(value).name for key, value in _inno_paths("Icons") + _inno_paths("Run")
               if key == "Filename" and value.startswith("{app}")}
    assert started == {"carnet.exe"}  # the desktop app, never the console program
    text = (windows / "carnet.iss").read_text(encoding="utf-8")
    for key in ("SetupIconFile", "LicenseFile"):
        value = re.search(rf"^{key}=(.+)$", text, re.MULTILINE)[1]  # type: ignore[index]
        assert (windows / Path(*PureWindowsPath(value).parts)).is_file(), key
    assert re.search(r"^UninstallDisplayIcon=\{app\}\\carnet\.exe$", text, re.MULTILINE)
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.MULTILINE)  # no administrator rights


def test_the_release_workflow_builds_what_the_installers_wrap() -> None:
    workflow = yaml.safe_load((REPOSITORY / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job.get("steps", [])]
    scripts = "\n".join(step.get("run", "") for step in steps)
    assert "packaging/carnet.spec" in scripts and "--distpath dist" in scripts
    assert "self-test" in scripts and "packaging\\windows\\carnet.iss" in scripts
    assert "dist/Carnet.app" in scripts  # the spec's BUNDLE, put in the .dmg
    assert _spec_layout()[2] == {"Carnet.app"}
    runners = {include["os"] for include in workflow["jobs"]["bundle"]["strategy"]["matrix"]["include"]}
    assert any(r.startswith("windows") for r in runners) and any(r.startswith("ubuntu") for r in runners)
    assert {"macos-14", "macos-15-intel"} <= runners  # arm64 and x86_64
    python = {step["with"]["python-version"] for step in steps if "setup-python" in step.get("uses", "")}
    assert python == {check_wheels_module().PYTHON_VERSION}  # the wheels checked are the ones used


def check_wheels_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("check_wheels", PACKAGING / "check_wheels.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_flatpak_runs_the_bundle_built_from_pyproject() -> None:
    """The Flatpak wraps dist/Carnet, the bundle PyInstaller makes from this project installed
    with pyproject.toml's dependencies, so its Python dependencies are pyproject's by
    construction: it must not list Python modules of its own that could drift from them."""
    manifest = yaml.safe_load((PACKAGING / "linux" / f"{APP_ID}.yml").read_text(encoding="utf-8"))
    [module] = manifest["modules"]
    sources = module["sources"]
    bundle = [s for s in sources if s["type"] == "dir" and s.get("dest") == "Carnet"]
    assert [s["path"] for s in bundle] == ["../../dist/Carnet"]
    build = "\n".join(module["build-commands"])
    assert "pip" not in build and not any(s.get("type") in ("archive", "file") and "pypi" in s.get("url", "")
                                         for s in sources)
    spec = (PACKAGING / "carnet.spec").read_text(encoding="utf-8")
    assert 'version("carnet-journal")' in spec  # the bundle is made from the installed project


def test_the_wheel_check_covers_every_dependency_and_each_system() -> None:
    module = check_wheels_module()
    with open(REPOSITORY / "pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)["project"]
    names = {requirement.name for requirement in module.project_requirements()}
    assert set(module.SOURCE_ONLY) <= names  # a source-only exception names a real dependency
    declared = {re.split(r"[<>=!;\[ ]", line, maxsplit=1)[0] for line in
                project["dependencies"] + project["optional-dependencies"]["packaging"]}
    assert names == declared
    windows, *_ = [t for t in module.TARGETS if t.name == "windows-x86_64"]
    tzdata = next(r for r in module.project_requirements() if r.name == "tzdata")
    assert module.applies(tzdata, windows)  # markers judged for the target, not this machine
    assert {t.name for t in module.TARGETS} == {"windows-x86_64", "macos-arm64", "macos-x86_64", "linux-x86_64"}
