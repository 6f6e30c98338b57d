"""Every user mistake on the command line is one line naming the file or setting and the
reason, with exit code 2, never a traceback."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reviewsynth.config import Limits, ProjectConfig
from reviewsynth.errors import UsageError

from .conftest import EXAMPLES, run_cli

CORPUS_FILE = EXAMPLES / "corpus" / "eastbridge-sab-sar-mr-h-2024.txt"


def _file(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)
    return path


Case = Callable[[Path], tuple[list[str], str]]

CASES: dict[str, Case] = {
    "config not TOML": lambda t: (
        ["run", str(CORPUS_FILE), "--out", str(t / "out"), "--db", str(t / "rs.db"),
         "--config", str(_file(t / "c.toml", "areas = [\n"))],
        f"error {t / 'c.toml'}: not valid TOML ("),
    "config value wrong": lambda t: (
        ["run", str(CORPUS_FILE), "--out", str(t / "out"), "--db", str(t / "rs.db"),
         "--config", str(_file(t / "c.toml", '[report]\nsuppress_below = "three"\n'))],
        f"error {t / 'c.toml'}: report.suppress_below: Input should be a valid integer"),
    "config setting unknown": lambda t: (
        ["run", str(CORPUS_FILE), "--out", str(t / "out"), "--db", str(t / "rs.db"),
         "--config", str(_file(t / "c.toml", "[limits]\nmax_text = 5\n"))],
        f"error {t / 'c.toml'}: limits.max_text: unknown key (did you mean 'max_text_chars'?)"),
    "config missing": lambda t: (
        ["run", str(CORPUS_FILE), "--out", str(t / "out"), "--config", str(t / "none.toml")],
        f"error {t / 'none.toml'}: no such file"),
    "db folder missing": lambda t: (
        ["run", str(CORPUS_FILE), "--out", str(t / "out"), "--db", str(t / "no" / "rs.db")],
        f"error --db {t / 'no' / 'rs.db'}: folder {t / 'no'} does not exist"),
    "db not a database": lambda t: (
        ["run", str(CORPUS_FILE), "--out", str(t / "out"), "--db", str(_file(t / "rs.db", "plain text " * 200))],
        f"error --db {t / 'rs.db'}: is not a reviewsynth database (the file is not SQLite)"),
    "db bad url": lambda t: (
        ["export", str(t / "cases.json"), "--db", "mysql+nothing://host/db"],
        "error --db mysql+nothing://host/db: not a database URL or path"),
    "out is a file": lambda t: (
        ["run", str(CORPUS_FILE), "--out", str(_file(t / "out", "x")), "--db", str(t / "rs.db")],
        f"error --out {t / 'out'}: is a file, not a folder"),
    "out under a file": lambda t: (
        ["report", str(EXAMPLES / "gold" / "all.gold.json"), "--out", str(_file(t / "f", "x") / "sub")],
        f"error --out {t / 'f' / 'sub'}: cannot write there: not a directory"),
    "report not JSON": lambda t: (
        ["report", str(_file(t / "cases.json", "not json")), "--out", str(t / "out")],
        f"error {t / 'cases.json'}: not a JSON file: Expecting value: line 1 column 1 (char 0)"),
    "report JSON but not cases": lambda t: (
        ["report", str(_file(t / "cases.json", '{"tables": []}')), "--out", str(t / "out")],
        f'error {t / "cases.json"}: not a cases.json file (no "cases" list)'),
    "report invalid case": lambda t: (
        ["report", str(_file(t / "cases.json", '{"cases": [{"title": 3}]}')), "--out", str(t / "out")],
        f"error {t / 'cases.json'}: not a valid cases.json: cases[0]."),
    "report missing file": lambda t: (
        ["report", str(t / "none.json"), "--out", str(t / "out")],
        f"error {t / 'none.json'}: no such file or folder"),
    "report bad reference": lambda t: (
        ["report", str(EXAMPLES / "gold" / "all.gold.json"), "--out", str(t / "out"),
         "--reference", str(_file(t / "ref.yaml", "shares: [unclosed\n"))],
        f"error {t / 'ref.yaml'}: line 2: not valid YAML"),
    "run input missing": lambda t: (
        ["run", str(t / "reports"), "--out", str(t / "out"), "--db", str(t / "rs.db")],
        f"error {t / 'reports'}: input path does not exist"),
    "evaluate missing gold": lambda t: (
        ["evaluate", str(EXAMPLES / "gold" / "all.gold.json"), str(t / "gold.json")],
        f"error {t / 'gold.json'}: no such file or folder"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_user_mistake_is_one_line_and_exit_2(tmp_path: Path, name: str) -> None:
    args, expected = CASES[name](tmp_path)
    res = run_cli(args)
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr
    assert res.stderr.count("\n") == 1, res.stderr  # exactly one line
    assert res.stderr.startswith(expected), res.stderr


def test_limits_are_read_from_the_config(tmp_path: Path) -> None:
    path = _file(tmp_path / "reviewsynth.toml",
                 "[scope]\npublished_from = \"2016-01\"\n[limits]\nmax_text_chars = 5000\n"
                 "worker_memory_mb = 0\ndocument_seconds = 30.5\n")
    config = ProjectConfig.load(path)
    assert config.published_from == "2016-01"
    assert config.limits == Limits(max_text_chars=5000, worker_memory_mb=0, document_seconds=30.5)


@pytest.mark.parametrize(("text", "reason"), [
    ('[scope]\npublished_to = "June 2020"\n', 'scope.published_to: must be "YYYY" or "YYYY-MM", not \'June 2020\''),
    ("[scope]\nareas = \"Harwick\"\n", "scope.areas: Input should be a valid list, not 'Harwick'"),
    ("[limits]\nmax_pages = -1\n", "limits.max_pages: Input should be greater than or equal to 0"),
    ("[limits]\nmax_file_mb = true\n", "limits.max_file_mb: must be a number, not True"),
    ("limits = 3\n", "limits: Input should be a valid dictionary or instance of LimitsTable, not 3"),
    ("[server]\nport = 8000\n", "server: unknown key (known keys: scope, report, limits)"),
])
def test_wrong_config_values_name_the_setting(tmp_path: Path, text: str, reason: str) -> None:
    path = _file(tmp_path / "reviewsynth.toml", text)
    with pytest.raises(UsageError) as info:
        ProjectConfig.load(path)
    assert str(info.value) == f"{path}: {reason}"
