"""A keyring backend for the jrnl comparison only: jrnl reads its journal's password from the
keyring; this one hands it the password of BENCH_JRNL_PASSWORD (a throwaway benchmark journal),
so no prompt and no system keyring are involved. Used with PYTHON_KEYRING_BACKEND."""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend


class EnvKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get("BENCH_JRNL_PASSWORD")

    def set_password(self, service: str, username: str, password: str) -> None:
        pass

    def delete_password(self, service: str, username: str) -> None:
        pass
