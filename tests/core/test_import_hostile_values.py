"""A Carnet export with any value in any field is imported or refused with a reason, never
a crash (issue 12: a crash is exit 70 on the command line, "something unexpected" in the
window). Hypothesis puts hostile values (huge numbers, NaN, lone surrogates, objects where
text is expected...) into random fields of a real export of a journal with every table."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core import interchange
from journal_app.core.errors import InvalidInput
from tests.core.interchange_helpers import make_journal
from tests.core.test_export_lossless import fill_every_table

HOSTILE = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=2**31, max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20),
    st.sampled_from(["\ud800", "x\udfffy", "", " ", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
                     "2024-02-30", "not a uuid", "0" * 32, "{", "[]", "null"]),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@functools.cache
def _export(folder: str) -> str:
    journal = make_journal(Path(folder) / "full.carnet")
    try:
        fill_every_table(journal, Path(folder))
        return json.dumps(interchange.export_document(journal), ensure_ascii=True)
    finally:
        journal.close()


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_any_value_in_any_field_is_imported_or_refused(tmp_path_factory: Any, data: st.DataObject) -> None:  # noqa: ANN401
    folder = tmp_path_factory.getbasetemp() / "hostile-source"
    folder.mkdir(exist_ok=True)
    document = json.loads(_export(str(folder)))
    sections = sorted(name for name, value in document.items() if isinstance(value, list) and value)
    for _ in range(data.draw(st.integers(1, 3))):
        section = data.draw(st.sampled_from(sections))
        record = data.draw(st.sampled_from(document[section]))
        field = data.draw(st.sampled_from(sorted(record)))
        value = data.draw(HOSTILE)
        # Text that holds JSON gets JSON too (a setting's value, a schedule...), hostile inside.
        record[field] = json.dumps(value) if data.draw(st.booleans()) and not isinstance(value, str) else value
    source = json.dumps(document, ensure_ascii=True).encode("utf-8")
    try:
        batch = interchange.read_carnet_export(source)
    except InvalidInput:
        return  # refused, with a reason: that is the promise
    for into_empty in (True, False):
        journal = make_journal(folder / f"target-{into_empty}.carnet")
        try:
            if not into_empty:
                journal.database.write_setting("something", 1)
            interchange.import_batch(journal, batch)
        except InvalidInput:
            pass  # what only the database could see ("the export's records do not fit together")
        finally:
            journal.close()
            (folder / f"target-{into_empty}.carnet").unlink()
