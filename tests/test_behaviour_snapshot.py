"""The coder's output on every dev and train article equals the committed snapshot.

Refactors must not change behaviour: this test codes all of ``../shared/eval/dev`` and
``../shared/eval/train`` and compares every field of every event with
``tests/snapshots/coder_outputs.jsonl.gz``. A deliberate change of behaviour rewrites the
snapshot (``python tests/snapshot_outputs.py``) in the same commit.
"""

from __future__ import annotations

import json

from snapshot_outputs import read_snapshot, snapshot_records

NEEDS_SHARED = True


def _key(record: dict) -> str:
    return json.dumps(record, sort_keys=True, ensure_ascii=False)


def test_outputs_equal_the_snapshot() -> None:
    expected = read_snapshot()
    actual = snapshot_records()
    assert expected, "the snapshot is empty"
    missing = [r for r in expected if r not in actual]
    extra = [r for r in actual if r not in expected]
    detail = "\n".join(
        [f"- {_key(r)[:300]}" for r in missing[:5]] + [f"+ {_key(r)[:300]}" for r in extra[:5]]
    )
    assert not missing and not extra, f"{len(missing)} records gone, {len(extra)} new:\n{detail}"
    # same records in the same order (the order is the coder's reading order)
    assert [_key(r) for r in actual] == [_key(r) for r in expected]
