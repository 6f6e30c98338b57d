"""Knowledge lives in schema-validated data files: a mistyped key, an unknown code id, a
wrong type or a bad pattern is an error naming the file and the key, never silence."""

from __future__ import annotations

import copy
import functools
import typing
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from typer.testing import CliRunner

from reviewsynth.cli import app
from reviewsynth.codebook import load_codebook
from reviewsynth.datafiles import DataFileError, read_yaml, type_at, validate
from reviewsynth.datafiles.lexicons import LEXICONS, HeadingKind, lexicon_dir, load_lexicon
from reviewsynth.datafiles.rules import DATA_FILES, AgenciesFile, check_data_files, data_path
from reviewsynth.text.sections import SECTION_KINDS

ALL_FILES: dict[Path, type[BaseModel]] = {
    **{lexicon_dir() / f"{name}.yaml": model for name, model in LEXICONS.items()},
    **{data_path(name): model for name, model in DATA_FILES.items()},
}


@functools.lru_cache(maxsize=1)
def _context() -> dict[str, Any]:
    agencies = set(validate(data_path("practice_agencies.yaml"), AgenciesFile).agencies)
    return {"codebook": load_codebook(), "agencies": agencies}


def _rejected(path: Path, model: type[BaseModel], raw: Any) -> DataFileError:
    with pytest.raises(DataFileError) as caught:
        validate(path, model, raw, **_context())
    return caught.value


def _shipped(path: Path) -> Any:
    return copy.deepcopy(read_yaml(path))


# -- the shipped files ------------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(ALL_FILES), ids=lambda p: p.name)
def test_every_shipped_file_validates(path: Path) -> None:
    model = validate(path, ALL_FILES[path], **_context())
    assert isinstance(model, ALL_FILES[path])


def test_check_data_files_passes_on_the_shipped_files() -> None:
    check_data_files()


def _booleans_as_text(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _booleans_as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_booleans_as_text(v) for v in value]
    return {True: "true", False: "false"}.get(value, value) if isinstance(value, bool) else value


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_load_lexicon_gives_readers_the_file_as_written(name: str) -> None:
    """Readers see the same mapping as before validation (a bool field reads as a bool)."""
    assert _booleans_as_text(load_lexicon(name)) == read_yaml(lexicon_dir() / f"{name}.yaml")


def test_yaml_words_like_no_and_on_stay_words() -> None:
    assert {"on", "no"} <= set(load_lexicon("people")["not_names"])
    assert "yes" in load_codebook()["non_reference_information"]


def test_heading_kinds_are_section_kinds() -> None:
    assert set(typing.get_args(HeadingKind)) <= set(SECTION_KINDS)


# -- each kind of mistake, named by file and key ----------------------------------------------

def _lexicon_path(name: str) -> Path:
    return lexicon_dir() / f"{name}.yaml"


def test_mistyped_top_level_key() -> None:
    path = _lexicon_path("characteristics")
    raw = _shipped(path)
    raw["third_partys"] = raw.pop("third_parties")
    err = _rejected(path, LEXICONS["characteristics"], raw)
    assert str(err) == f"{path}: third_partys: unknown key (did you mean 'third_parties'?)"


def test_mistyped_nested_key() -> None:
    path = _lexicon_path("characteristics")
    raw = _shipped(path)
    raw["codes"]["alcohol_misuse"]["pattern"] = ["\\bdrank\\b"]
    err = _rejected(path, LEXICONS["characteristics"], raw)
    assert err.where == "codes.alcohol_misuse.pattern"
    assert "unknown key (did you mean 'patterns'?)" in err.reason


# (lexicon, key path to a mapping or list, what to put there, the key path reported)
UNKNOWN_CODES = [
    ("characteristics", ["codes"], {"alcohol_misue": {"phrases": ["drink"]}}, "codes.alcohol_misue"),
    ("characteristics", ["codes", "substance_misuse", "parent_code"], "household_misuse", "codes.substance_misuse.parent_code"),
    ("services", ["codes"], {"gp_surgery": {"phrases": ["surgery"]}}, "codes.gp_surgery"),
    ("services", ["codes", "mh_other", "yields_to"], ["mh_communty"], "codes.mh_other.yields_to[0]"),
    ("escalation", ["codes"], {"stopped_meds": ["stopped"]}, "codes.stopped_meds"),
    ("incident", ["weapons"], {"knives": ["knife"]}, "weapons.knives"),
    ("incident", ["locations"], {"house": ["flat"]}, "locations.house"),
    ("incident", ["not_the_incident", "keys"], ["hammer"], "not_the_incident.keys[0]"),
    ("relationship", ["types"], {"partner": ["wife"]}, "types.partner"),
    ("relationship", ["characteristics"], {"controlling": ["controlled"]}, "characteristics.controlling"),
    ("technology", ["codes"], {"phones": ["phone"]}, "codes.phones"),
    ("risk_factors", ["from_characteristics", "victim", "bullying"], ["peers", "abusive_behaviours"], "from_characteristics.victim.bullying"),
    ("risk_factors", ["from_characteristics", "victim", "bullying"], ["peer_group", "abuse"], "from_characteristics.victim.bullying"),
    ("protective", ["rules", 0, "context"], "families", "rules[0].context"),
    ("screening", ["include"], {"murder": ["murdered"]}, "include.murder"),
    ("screening", ["exclude"], {"suicide": ["suicide"]}, "exclude.suicide"),
    ("screening", ["review_types"], {"cspr": ["cspr"]}, "review_types.cspr"),
    ("living", ["codes"], {"with_family": ["lived with"]}, "codes.with_family"),
    ("sections", ["home_services"], ["family_support"], "home_services[0]"),
]


def _put(raw: Any, at: list[Any], value: Any) -> None:
    """Merge `value` into the mapping at `at`, or replace the list or value there."""
    parent = raw
    for part in at[:-1]:
        parent = parent[part]
    if isinstance(value, dict) and isinstance(parent[at[-1]], dict):
        parent[at[-1]].update(value)
    else:
        parent[at[-1]] = value


@pytest.mark.parametrize(("name", "at", "value", "where"), UNKNOWN_CODES, ids=[u[3] for u in UNKNOWN_CODES])
def test_unknown_code_id(name: str, at: list[Any], value: Any, where: str) -> None:
    path = _lexicon_path(name)
    raw = _shipped(path)
    _put(raw, at, value)
    err = _rejected(path, LEXICONS[name], raw)
    assert (err.path, err.where) == (str(path), where)
    assert "unknown code" in err.reason and "codebook" in err.reason


def test_unknown_code_suggests_the_near_one() -> None:
    path = _lexicon_path("services")
    raw = _shipped(path)
    raw["codes"]["gp_"] = {"phrases": ["doctor"]}
    assert "did you mean 'gp'?" in _rejected(path, LEXICONS["services"], raw).reason


WRONG_TYPES = [
    ("escalation", ["within_years"], "two", "within_years"),
    ("characteristics", ["codes", "alcohol_misuse", "phrases"], "alcohol", "codes.alcohol_misuse.phrases"),
    ("characteristics", ["codes", "alcohol_misuse", "phrases"], ["drink", 7], "codes.alcohol_misuse.phrases[1]"),
    ("services", ["codes", "camhs", "max_age"], "eighteen", "codes.camhs.max_age"),
    ("relationship", ["ambient_min_parent_child"], [3], "ambient_min_parent_child"),
    ("roles", ["titles", "mr"], "man", "titles.mr"),
]


@pytest.mark.parametrize(("name", "at", "value", "where"), WRONG_TYPES, ids=[w[3] for w in WRONG_TYPES])
def test_wrong_type(name: str, at: list[Any], value: Any, where: str) -> None:
    path = _lexicon_path(name)
    raw = _shipped(path)
    _put(raw, at, value)
    err = _rejected(path, LEXICONS[name], raw)
    assert (err.path, err.where) == (str(path), where)
    assert "\n" not in str(err)


BAD_PATTERNS = [
    ("characteristics", ["codes", "substance_misuse", "patterns"], ["(unclosed"], "codes.substance_misuse.patterns[0]"),
    ("characteristics", ["codes", "mental_health_current", "episode_cues"], ["(?i)first", "(?i)second"], "codes.mental_health_current.episode_cues"),
    ("characteristics", ["object_reading", "object_gap"], "[\\s,", "object_reading.object_gap"),
    ("incident", ["left_behind"], "(?:left", "left_behind"),
    ("services", ["after", "victim", "ambulance"], ["ambulance)"], "after.victim.ambulance[0]"),
    ("screening", ["perpetrator_suicide"], ["killed (?:himself"], "perpetrator_suicide[0]"),
    ("living", ["past_cues"], ["\\buntil\\b", "*"], "past_cues[1]"),
    # "\b" written in YAML double quotes is a backspace: a pattern that can never match
    ("services", ["outcomes", "prison"], ["\x08(?:was|were) jailed\x08"], "outcomes.prison[0]"),
    ("people", ["victim_cues"], ["{name} (?:was"], "victim_cues[0]"),
    ("people", ["victim_nouns"], ["(?P<whom>[Tt]he victim)"], "victim_nouns[0]"),
    ("relationship", ["victim_only_patterns"], ["victim of (physical) abuse"], "victim_only_patterns[0]"),
    ("risk_factors", ["unless"], {"abuse_neglect_child": "exploit("}, "unless.abuse_neglect_child"),
]


@pytest.mark.parametrize(("name", "at", "value", "where"), BAD_PATTERNS, ids=[b[3] for b in BAD_PATTERNS])
def test_bad_regex(name: str, at: list[Any], value: Any, where: str) -> None:
    path = _lexicon_path(name)
    raw = _shipped(path)
    _put(raw, at, value)
    err = _rejected(path, LEXICONS[name], raw)
    assert (err.path, err.where) == (str(path), where)
    assert "regular expression" in err.reason or "group named" in err.reason or "joined" in err.reason


RULE_MISTAKES = [
    ("modifiers.yaml", ["modifiers"], {"negatd": {"forward": ["no"]}}, "modifiers.negatd"),
    ("ingest.yaml", ["ocr"], {"dpii": 300}, "ocr.dpii"),
    ("ingest.yaml", ["paragraphs", "paragraph_start"], "^(?:\\d", "paragraphs.paragraph_start"),
    ("grouping.yaml", ["name", "patterns"], ["{REVIEW}\\s+(?P<name>{NAME}"], "name.patterns[0]"),
    ("grouping.yaml", ["review_types"], {"cspr": ["\\bCSPR\\b"]}, "review_types.cspr"),
    ("themes.yaml", ["themes", "marac", "categories"], ["domestic_abuse"], "themes.marac.categories[0]"),
    ("themes.yaml", ["themes", "marac", "agencies"], ["maracc"], "themes.marac.agencies[0]"),
    ("themes.yaml", ["themes", "marac"], {"strongcues": ["marac"]}, "themes.marac.strongcues"),
    ("problem_cues.yaml", ["exclude_patterns"], ["\\bwe (?:did"], "exclude_patterns[0]"),
    ("practice_agencies.yaml", ["agencies", "police"], {"label": ["Police"]}, "agencies.police.label"),
    ("reference_statistics.yaml", ["shares"], {"peer_violence": 0.2}, "shares.peer_violence"),
    ("reference_statistics.yaml", ["shares", "adult_peer_violence", "share"], "half", "shares.adult_peer_violence.share"),
    ("reference_statistics.yaml", ["shares", "adult_peer_violence", "sourse"], "ONS", "shares.adult_peer_violence.sourse"),
    ("reference_statistics.yaml", ["shares", "intimate_partner_violence", "area"], ["London"], "shares.intimate_partner_violence.area"),
    ("grouping.yaml", ["area", "generic_word"], ["Council"], "area.generic_word"),
    ("grouping.yaml", ["grouping", "listing_min_names"], 1, "grouping.listing_min_names"),
    ("codebook.yaml", ["services"], {"gp": ["GP"]}, "services"),
]


@pytest.mark.parametrize(("name", "at", "value", "where"), RULE_MISTAKES, ids=[r[3] for r in RULE_MISTAKES])
def test_other_data_files_reject_mistakes(name: str, at: list[Any], value: Any, where: str) -> None:
    path = data_path(name)
    raw = _shipped(path)
    _put(raw, at, value)
    err = _rejected(path, DATA_FILES[name], raw)
    assert (err.path, err.where) == (str(path), where)


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "escalation.yaml"
    path.write_text("codes:\n  separation: [left him\nwithin_years: 2\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        validate(path, LEXICONS["escalation"])
    assert str(caught.value).startswith(f"{path}: line ") and "not valid YAML" in str(caught.value)


def test_load_lexicon_raises_the_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader the readers call validates: a bad shipped file stops with its one line."""
    raw = _shipped(_lexicon_path("technology"))
    raw["abuse_cue"] = raw.pop("abuse_cues")
    (tmp_path / "technology.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    monkeypatch.setattr("reviewsynth.datafiles.lexicons.lexicon_dir", lambda: tmp_path)
    load_lexicon.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"technology\.yaml: abuse_cue: unknown key \(did you mean 'abuse_cues'\?\)$"):
            load_lexicon("technology")
    finally:
        load_lexicon.cache_clear()


# -- the property: an extra key at any mapping level is rejected -------------------------------

def _mapping_paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a file's data that holds a mapping."""
    found = [at] if isinstance(value, dict) else []
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for key, child in children:
        found += _mapping_paths(child, (*at, key))
    return found


def _free_keys(model: type[BaseModel], at: tuple[Any, ...]) -> bool:
    """A mapping whose keys are the data's own words (`ethnicity`: wording -> group) or the
    codebook's own lists, where a new key is a new entry, not a mistake; every other mapping
    has schema keys or codebook ids."""
    declared = type_at(model, at)
    if declared is Any:  # the codebook's lists: a project's codebook may add ids
        return True
    if typing.get_origin(declared) is not dict:
        return False
    return typing.get_args(declared)[0] is str


FILE_PATHS = [(path, at) for path in sorted(ALL_FILES) for at in _mapping_paths(read_yaml(path))]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(place=st.sampled_from(FILE_PATHS), key=st.from_regex(r"zz[a-z_]{0,12}", fullmatch=True))
def test_any_extra_key_at_any_mapping_level_is_rejected(place: tuple[Path, tuple[Any, ...]], key: str) -> None:
    path, at = place
    model = ALL_FILES[path]
    raw = _shipped(path)
    target = raw
    for part in at:
        target = target[part]
    target[key] = copy.deepcopy(next(iter(target.values()), []))  # a value of the right shape
    if _free_keys(model, at):
        validate(path, model, raw, **_context())  # a new entry of the data's own words
        return
    err = _rejected(path, model, raw)
    assert err.path == str(path) and err.where.endswith(key) and "\n" not in str(err)


# -- the user's files through the CLI: one line, exit 2, never a traceback --------------------

def _cli(args: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(app, args, env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.output.strip()


def test_cli_rejects_a_mistyped_project_config_key(tmp_path: Path) -> None:
    config = tmp_path / "reviewsynth.toml"
    config.write_text('[scope]\narea = ["Eastbridge"]\n', encoding="utf-8")
    code, out = _cli(["run", str(tmp_path), "--out", str(tmp_path / "out"), "--config", str(config)])
    assert code == 2 and out == f"error {config}: scope.area: unknown key (did you mean 'areas'?)"


def test_cli_rejects_a_bad_config_value_and_bad_toml(tmp_path: Path) -> None:
    config = tmp_path / "reviewsynth.toml"
    config.write_text('[scope]\npublished_from = "June 2016"\n', encoding="utf-8")
    code, out = _cli(["run", str(tmp_path), "--out", str(tmp_path / "out"), "--config", str(config)])
    assert code == 2 and out.startswith(f"error {config}: scope.published_from: ") and "\n" not in out
    config.write_text("[scope\n", encoding="utf-8")
    code, out = _cli(["run", str(tmp_path), "--out", str(tmp_path / "out"), "--config", str(config)])
    assert code == 2 and out.startswith(f"error {config}: not valid TOML") and "\n" not in out


def test_cli_rejects_a_bad_reference_file(tmp_path: Path) -> None:
    cases = tmp_path / "cases.json"
    cases.write_text("[]", encoding="utf-8")
    ref = tmp_path / "ref.yaml"
    ref.write_text("source: Test\nshares:\n  youth_peer_violenc: 0.8\n", encoding="utf-8")
    code, out = _cli(["report", str(cases), "--out", str(tmp_path / "out"), "--reference", str(ref)])
    assert code == 2
    assert out == (f"error {ref}: shares.youth_peer_violenc: unknown code 'youth_peer_violenc': not an id "
                   "of the codebook's `categories` (did you mean 'youth_peer_violence'?)")


def test_a_reference_csv_cites_each_share(tmp_path: Path) -> None:
    from reviewsynth.tables import load_reference

    ref = tmp_path / "ref.csv"
    ref.write_text("category,share,relationship,source,area,year,label\n"
                   "intimate_partner_violence,18%,Partner homicides,Our police force,Northshire,2023,as published locally\n"
                   "adult_peer_violence,0.5,,National statistics,England,2022,\n"
                   "adult_family_violence,1%,,National statistics,England,2022,\n", encoding="utf-8")
    loaded = load_reference(ref)
    assert loaded.label == "as published locally"
    ipv, peer = loaded.shares["intimate_partner_violence"], loaded.shares["adult_peer_violence"]
    assert (ipv.share, ipv.citation()) == (0.18, "Our police force, Northshire, 2023")
    assert (peer.share, peer.citation(), peer.relationship) == (0.5, "National statistics, England, 2022", None)
    assert loaded.shares["adult_family_violence"].share == pytest.approx(0.01)  # "1%" is not 100%


def test_cli_rejects_a_reference_csv_with_an_unknown_column(tmp_path: Path) -> None:
    cases = tmp_path / "cases.json"
    cases.write_text("[]", encoding="utf-8")
    ref = tmp_path / "ref.csv"
    ref.write_text("category,shares\nintimate_partner_violence,0.2\n", encoding="utf-8")
    code, out = _cli(["report", str(cases), "--out", str(tmp_path / "out"), "--reference", str(ref)])
    assert code == 2 and out.startswith(f"error {ref}: header: unknown column 'shares'")


def test_cli_rejects_a_codebook_that_drops_a_shipped_id(tmp_path: Path) -> None:
    raw = _shipped(data_path("codebook.yaml"))
    del raw["services"]["marac"]
    book = tmp_path / "codebook.yaml"
    book.write_text(yaml.safe_dump(raw), encoding="utf-8")
    code, out = _cli(["run", str(tmp_path), "--out", str(tmp_path / "out")], env={"REVIEWSYNTH_CODEBOOK": str(book)})
    assert code == 2 and out == f"error {book}: services: lacks the shipped id 'marac' (a codebook may add ids, not drop them)"


def test_an_extended_codebook_is_accepted_and_its_codes_usable(tmp_path: Path) -> None:
    raw = _shipped(data_path("codebook.yaml"))
    raw["services"]["food_parcel_scheme"] = "Food parcel scheme"
    book = tmp_path / "codebook.yaml"
    book.write_text(yaml.safe_dump(raw), encoding="utf-8")
    codebook = load_codebook(book)
    path = _lexicon_path("services")
    lex = _shipped(path)
    lex["codes"]["food_parcel_scheme"] = {"phrases": ["food parcels"]}
    assert "food_parcel_scheme" in validate(path, LEXICONS["services"], lex, codebook=codebook).codes  # type: ignore[attr-defined]
