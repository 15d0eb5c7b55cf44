"""The installers' files agree with each other and with the app: one application id, one
version, icons that open in every size, and an entry point that sends each executable
where it should. (Building the bundle itself is CI's job: packaging/build-linux.sh.)"""

from __future__ import annotations

import configparser
import importlib.util
import re
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
import yaml
from PySide6.QtGui import QGuiApplication, QImageReader

from journal_app.ui.app import configure_application_identity

REPOSITORY = Path(__file__).resolve().parent.parent
PACKAGING = REPOSITORY / "packaging"
APP_ID = "be.carnet.Carnet"


def _project_version() -> str:
    with open(REPOSITORY / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]["version"]


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
