"""Armed groups (data/actors/phoenix_groups.json, compiled from the Phoenix MilNonState
dictionary): a group's name is a mention that acts for no state (GUIDELINES §1/§2), never a
state through a demonym inside it and never a city of the gazetteer ("Hamas" is an
alternate name of Hamm, Germany). Through the real spaCy pipeline and coder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dyadwatch.actors.armed_groups import KIND, group_mentions, load_groups, with_armed_groups
from dyadwatch.actors.lexicon import load_lexicon
from dyadwatch.coder import Coder
from dyadwatch.lexicon_build.phoenix_groups import compile_groups, load_group_rules
from dyadwatch.lexicon_build.report import BuildReport
from event_support import code, quads
from shared_paths import SHARED_EVAL

REPO = Path(__file__).resolve().parents[1]
REFERENCE = SHARED_EVAL.parent / "reference" / "petrarch"


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder()


# --- the build ------------------------------------------------------------------------------

SAMPLE = """\
HAMAS_  #  kkl 21 Mar 13
+ISLAMIC_RESISTANCE_MOVEMENT
+KHALED_MESHAAL
\t[PSEREBHMS]
SHEIKH_AHMED_YASSIN
+AHMED_YASSIN
\t[PSEREBHMS 19870101-20040322]

BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_ [ESPREB] #  kkl 21 Mar 13
+BASQUE_FATHERLAND_AND_LIBERTY_

MAY_15_ [GRCREB] #  kkl 21 Mar 13

TALIBAN_ [AFGREB] #  kkl 21 Mar 13

IRISH_NATIONAL_LIBERATION_ARMY_(INLA)_ [WEUREB] #  kkl 21 Mar 13
+PEOPLES_LIBERATION_ARMY_(PLA)_

ABU_BAKAR__ [IMGSEAMUSJMA] #  spiritual leader of jemaah islamiyah
"""


def test_the_build_keeps_group_names_and_leaves_out_people_dates_and_state_names() -> None:
    report = BuildReport()
    groups = compile_groups(SAMPLE, load_group_rules(), 30, frozenset({"khaled", "ahmed"}),
                            frozenset({"peoples liberation army", "pla"}), report)  # fmt: skip
    assert [(g["name"], g["keys"], g.get("caps", [])) for g in groups] == [
        ("HAMAS", ["hamas", "islamic resistance movement"], []),
        (
            "BASQUE FATHERLAND AND FREEDOM (ETA)",
            ["basque fatherland and freedom", "eta", "basque fatherland and liberty"],
            ["eta"],
        ),
        (
            "IRISH NATIONAL LIBERATION ARMY (INLA)",
            ["irish national liberation army", "inla"],
            ["inla"],
        ),
    ]
    reasons = {(reason, text) for reason, _, _, text in report.skipped}
    assert ("a person: a given name first", "KHALED MESHAAL") in reasons
    assert ("a person: the record has dated codes (a tenure)", "SHEIKH AHMED YASSIN") in reasons
    assert ("a person: the record's comment calls it a leader or member", "ABU BAKAR") in reasons
    assert ("a date or number, not a name", "MAY 15") in reasons
    assert any(r.startswith("holds or held a state's power") and t == "TALIBAN" for r, t in reasons)
    assert (
        "also a name of a Phoenix person, institution or IGO (the state actor keeps it)",
        "PLA",
    ) in reasons


@pytest.mark.skipif(
    not (REFERENCE / "Phoenix.MilNonState.actors.txt").is_file(),
    reason="no PETRARCH-2 reference dictionaries",
)
def test_check_covers_the_compiled_group_file(tmp_path: Path) -> None:
    """``--check`` fails, naming the group file, when the MilNonState source no longer gives it
    (the byte-for-byte reproduction itself: test_lexicon_build_phoenix.py)."""
    for path in REFERENCE.iterdir():
        shutil.copy(path, tmp_path / path.name)
    with (tmp_path / "Phoenix.MilNonState.actors.txt").open("a", encoding="utf-8") as f:
        f.write("\nDYADWATCH_TEST_BRIGADES_ [GRCREB]\n")
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "build_lexicon.py"), "--check", "--reference", str(tmp_path)],
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 1, done.stderr
    stale = sorted(
        line.removeprefix("differs from the build: ") for line in done.stderr.splitlines()
    )
    assert stale == ["docs/lexicon-build.md", "src/dyadwatch/data/actors/phoenix_groups.json"]


# --- the mentions ---------------------------------------------------------------------------


def test_the_compiled_file_names_the_groups_of_the_news() -> None:
    groups = load_groups()
    for name in (
        "Hamas",
        "Hezbollah",
        "Palestinian Islamic Jihad",
        "Kurdistan Workers' Party",
        "Boko Haram",
        "al-Shabaab",
    ):
        assert groups.lookup(name) is not None, name
    assert groups.lookup("People's Liberation Army") is None  # China's army
    assert groups.lookup("Taliban") is None  # Afghanistan's government since 2021


def test_a_group_name_is_a_mention_with_no_state() -> None:
    text = "Palestinian Islamic Jihad and Hamas fired rockets."
    found = with_armed_groups(text, load_lexicon().find_mentions(text))
    assert [(m.text, m.kind, m.country, m.sector) for m in found] == [
        ("Palestinian Islamic Jihad", KIND, "", "REB"), ("Hamas", KIND, "", "REB")]  # fmt: skip


def test_a_state_name_as_long_as_a_groups_stays_a_state() -> None:
    text = "Lebanon condemned Israel."
    assert with_armed_groups(
        text, load_lexicon().find_mentions(text)
    ) == load_lexicon().find_mentions(text)


def test_an_acronym_is_a_group_only_in_capitals() -> None:
    assert [m.text for m in group_mentions("LET claimed the attack.")] == ["LET"]
    assert group_mentions("Let Russia decide.") == []


# --- the coder ------------------------------------------------------------------------------


def test_a_group_is_no_city_as_the_target_of_a_war(coder: Coder) -> None:
    """GeoNames knows "Hamas" as Hamm, Germany: the attack-target fallback read it as DEU."""
    found = quads(code(coder, "Israel is waging a war against Hamas in Gaza."))
    assert not any(t == "DEU" for _, t, _, _ in found)


def test_a_group_is_no_city_as_the_object_of_an_attack(coder: Coder) -> None:
    assert not any(
        t == "DEU" for _, t, _, _ in quads(code(coder, "Israel struck Hamas on Monday."))
    )


def test_a_group_is_no_place_of_an_event(coder: Coder) -> None:
    events = code(
        coder, "Turkey's foreign minister met Russia's foreign minister in Hamas on Monday."
    )
    assert events
    assert all(e.location is None or e.location.country != "DEU" for e in events)


@pytest.mark.parametrize(
    "sentence",
    ["Hezbollah fired rockets at Israel.", "Palestinian Islamic Jihad fired rockets at Israel.",
     "The Kurdistan Workers' Party attacked Turkey."],
)  # fmt: skip
def test_a_group_is_no_state_source(coder: Coder, sentence: str) -> None:
    assert quads(code(coder, sentence)) == set()
