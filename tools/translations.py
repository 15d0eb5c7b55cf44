"""Keep the translations in step with the code, and compile them.

    python tools/translations.py update    # pyside6-lupdate: refresh translations/*.ts from the code
    python tools/translations.py compile   # pyside6-lrelease: translations/*.ts -> *.qm

``compile`` also runs automatically when the package is built or installed (see setup.py),
so a fresh install shows French on a French system without any manual step.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("fr", "nl", "en")


def ts_files() -> list[Path]:
    return [TRANSLATIONS / f"carnet_{language}.ts" for language in LANGUAGES]


def _qt_tool(name: str) -> list[str]:
    """The Qt tool shipped inside the PySide6 wheel (works in an isolated build environment)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return [str(candidate)]
    return [f"pyside6-{name}"]


def update() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "journal_app" / "ui").rglob("*.py"))
    subprocess.run([*_qt_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources,
                    "-ts", *(str(p.relative_to(ROOT)) for p in ts_files())], cwd=ROOT, check=True)


def compile_all(output: Path = TRANSLATIONS) -> list[Path]:
    output.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in ts_files():
        qm = output / ts.with_suffix(".qm").name
        subprocess.run([*_qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    else:
        raise SystemExit(__doc__)
