"""The PDFs' own properties say no more than their pages: the brief's dates follow its
coarsening (its day, or only its week), never the minute it was made; the recovery sheet has none.
Read with poppler's ``pdfinfo`` when it is installed, and from the bytes always."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from journal_app.core.briefs import Brief
from journal_app.pdf import brief_to_pdf, with_dates

DATE_FIELDS = re.compile(rb"(CreationDate|ModDate) ?\(D:(\d{14})|(CreateDate|ModifyDate|MetadataDate)=\"([0-9T:-]{19})")


def dates_in(pdf: bytes) -> set[str]:
    """Every creation / modification date in the Info dictionary and the XMP packet, as YYYYMMDDHHMMSS."""
    found = set()
    for match in DATE_FIELDS.finditer(pdf):
        raw = (match.group(2) or match.group(4)).decode()
        found.add(re.sub(r"[-T:]", "", raw))
    return found


@pytest.mark.parametrize(("coarsen", "expected"), [(False, "20260320000000"), (True, "20260316000000")])
def test_brief_pdf_is_dated_by_its_day_or_its_week(coarsen: bool, expected: str, tmp_path: Path) -> None:
    brief = Brief(title="Préparation", language="fr", created=date(2026, 3, 20), coarsen_dates=coarsen)  # a Friday
    pdf = brief_to_pdf(brief)
    assert dates_in(pdf) == {expected}  # Monday 16 March when coarsened, and never a time of day
    if shutil.which("pdfinfo"):
        path = tmp_path / "brief.pdf"
        path.write_bytes(pdf)
        info = subprocess.run(["pdfinfo", "-isodates", str(path)], capture_output=True, text=True, check=True)
        assert "Syntax Error" not in info.stderr
        day = f"{expected[:4]}-{expected[4:6]}-{expected[6:8]}T00:00:00"
        assert re.search(rf"CreationDate:\s+{day}", info.stdout), info.stdout


def test_dates_can_be_removed_and_the_file_stays_valid(tmp_path: Path) -> None:
    pdf = with_dates(brief_to_pdf(Brief(title="T", language="en", created=date(2026, 1, 1))), None)
    assert dates_in(pdf) == set()
    assert b"CreationDate" not in pdf and b"CreateDate" not in pdf
    if shutil.which("pdfinfo"):
        path = tmp_path / "sheet.pdf"
        path.write_bytes(pdf)
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
        assert "Syntax Error" not in info.stderr and "CreationDate" not in info.stdout
        assert "Pages:" in info.stdout
