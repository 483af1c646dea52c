"""Property: for random consent tables, no edition (PDF text via pdftotext, .xlsx cells) ever
holds a field a member did not consent to for that audience — and every consented value of a
listed member is there."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from roster_support import pdf_text, xlsx_cells

from tokumei.roster.editions import build_rows
from tokumei.roster.fields import included
from tokumei.roster.models import Edition, Roster
from tokumei.roster.render import render_copy

FIELDS = ["name", "kana", "grade_class", "address", "phone", "email", "employer", "grad_year", "note"]
AUDS = [{"key": "members", "label": "会員全員"}, {"key": "officers", "label": "役員のみ"}]
KEYS = ["members", "officers"]
CHOICE = st.sampled_from(["members", "officers", "none", None])

tables = st.lists(st.fixed_dictionaries({f: CHOICE for f in FIELDS}), min_size=1, max_size=7)


def value(m: int, f: str) -> str:
    # unique, short (never wrapped), and no value is a substring of another
    return f"Q{m:02d}{FIELDS.index(f)}Z"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=tables, order=st.sampled_from(["kana", "class"]))
def test_no_edition_holds_an_unconsented_field(tmp_path, table, order):
    roster = Roster(id=1, name="試験の名簿", purpose="連絡", audiences=AUDS, fields=FIELDS,
                    retention_until=dt.date(2030, 3, 31))
    state = []
    for m, choices in enumerate(table):
        state.append((m + 1, {f: value(m, f) for f in FIELDS}, {f: c for f, c in choices.items() if c is not None}))
    for k, aud in enumerate(KEYS):
        rows = build_rows(roster, state, aud, order)
        ed = Edition(id=k + 1, roster_id=1, number=k + 1, audience=aud, order=order, rows=rows,
                     created_at=dt.datetime(2026, 12, 4, tzinfo=dt.timezone.utc))
        pdf = pdf_text(render_copy(roster, ed, 1, "受取", "TKM-1-1-000000000000", "pdf"), tmp_path)
        cells = "\n".join(xlsx_cells(render_copy(roster, ed, 1, "受取", "TKM-1-1-000000000000", "xlsx")))
        for mid, data, choices in state:
            listed = included(choices.get("name"), aud, KEYS)
            for f in FIELDS:
                allowed = listed and included(choices.get(f), aud, KEYS)
                v = data[f]
                assert (v in pdf) is allowed, (aud, mid, f, choices)
                assert (v in cells) is allowed, (aud, mid, f, choices)
