"""Compiles the Qt translations (.ts -> .qm) whenever the package is built or installed."""

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    def run(self) -> None:
        spec = importlib.util.spec_from_file_location("carnet_translations", Path(__file__).parent / "tools" / "translations.py")
        assert spec is not None and spec.loader is not None
        tool = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tool)
        tool.compile_all()  # into translations/, which is installed as journal_app.translations
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
