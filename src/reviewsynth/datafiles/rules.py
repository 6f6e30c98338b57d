"""Schemas of the other data files (`data/*.yaml`), the user's files and the project config.

Same rules as the lexicons: unknown keys are an error at every level, regular expressions
must compile, code ids must be in the codebook. `DATA_FILES` maps each shipped file to its
schema; `check_data_files()` validates them all at once (the CLI does so before a run).
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, ValidationInfo

from reviewsynth.datafiles import (
    DataFileError,
    Regex,
    Strict,
    Template,
    in_codebook,
    validate,
)

Category = Annotated[str, AfterValidator(in_codebook("categories"))]
IncidentType = Annotated[str, AfterValidator(in_codebook("incident_types"))]
ReviewType = Annotated[str, AfterValidator(in_codebook("review_types"))]
Words = list[str]


# -- modifiers.yaml (text.context) ------------------------------------------------------------

class ModifierTriggers(Strict):
    forward: Words = []  # scope runs from the trigger to the sentence end or a terminator
    backward: Words = []  # scope runs from the sentence start (or a terminator) to the trigger
    forward_patterns: list[Regex] = []
    backward_patterns: list[Regex] = []  # regular expressions read like backward triggers


class ShortScope(Strict):
    max_words: int = 6
    triggers: Words = []


ModifierCategory = Literal["negated", "uncertain", "hypothetical", "historical", "family_experiencer"]


class ModifiersFile(Strict):
    modifiers: dict[ModifierCategory, ModifierTriggers]
    short_scope: ShortScope = ShortScope()
    # Lead-in lines (ending in a colon) of a list of conditions ("A review must be held when
    # all of the following apply:"): the items below are hypothetical, told of no one.
    conditional_lead_ins: list[Regex] = []
    terminators: list[Annotated[str, Field(min_length=1)]] = []  # the reader looks at w[0]


# -- ingest.yaml (ingest.config) --------------------------------------------------------------

class Hyphenation(Strict):
    keep_compounds: Words
    keep_prefixes: Words
    keep_suffixes: Words


class Paragraphs(Strict):
    short_line_ratio: float
    continuation_words: Words
    paragraph_start: Regex


RegexFlag = Literal["IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE", "ASCII", "I", "M", "S", "X", "A"]


class HeadersFooters(Strict):
    zone_lines: int
    min_page_share: float
    max_pages_needed: int
    page_number: Regex
    page_number_flags: list[RegexFlag] = []


class Ocr(Strict):
    dpi: int
    min_text_chars: int
    language: str
    median_filter: int = 0


class Html(Strict):
    drop_tags: Words
    drop_roles: Words
    drop_class_tokens: Words
    drop_class_parts: Words
    main_selectors: Words  # XPath expressions
    min_report_words: int


class IngestFile(Strict):
    hyphenation: Hyphenation
    paragraphs: Paragraphs
    headers_footers: HeadersFooters
    ocr: Ocr
    html: Html


# -- grouping.yaml (grouping.meta, grouping.group) --------------------------------------------

class NameRules(Strict):
    designator: Regex
    pseudonym: Regex
    # Words that may stand before a pseudonym in a case name ("Child Nell", "Baby Rowan").
    pseudonym_prefixes: Words = []
    # Prefixes that make no ordinary phrase ("Baby Nim"; unlike "Child Protection"): a name
    # after them needs no use on its own to be the case name.
    unambiguous_prefixes: Words = []
    stopwords: Words
    patterns: list[Template]  # group "name"; {REVIEW}, {Q}, {NAME}, {DESIGNATOR} filled in


class AreaRules(Strict):
    patterns: list[Regex]  # group "area"
    strip_leading: Words
    stop_trailing: Words
    # Words that do not tell one area from another ("London Borough of", "Council", partnership
    # names): areas are compared on their other words.
    generic_words: Words = []


class DateRules(Strict):
    date: Template
    published: list[Template]
    event: Regex
    incident: list[Template]


class RoleRules(Strict):
    action_plan: list[Regex]
    briefing: list[Regex]
    executive_summary: list[Regex]
    overview_report: list[Regex]
    other: list[Regex]
    overview_min_words: int
    cover_chars: int


class GroupingRules(Strict):
    superseded_note: str
    # A document (not an overview report) that names at least this many reviews in one
    # paragraph, its own case name among them, lists reviews (an annual report): its own case.
    listing_min_names: int = Field(default=2, ge=2)


class GroupingFile(Strict):
    cover_chars: int
    intro_chars: int
    month: Regex
    review_types: dict[ReviewType, list[Regex]]
    name: NameRules
    area: AreaRules
    dates: DateRules
    roles: RoleRules
    grouping: GroupingRules


# -- themes.yaml, problem_cues.yaml, practice_agencies.yaml (themes) --------------------------

def _practice_agency(value: str, info: ValidationInfo) -> str:
    agencies = (info.context or {}).get("agencies")
    if agencies is not None and value not in agencies:
        raise ValueError(f"unknown practice agency {value!r}: not an id of data/practice_agencies.yaml")
    return value


class Theme(Strict):
    label: str
    description: str = ""
    cues: Words = []
    strong_cues: Words = []
    categories: list[Category] = []
    agencies: list[Annotated[str, AfterValidator(_practice_agency)]] = []


class ThemesFile(Strict):
    themes: dict[str, Theme]


class Agency(Strict):
    label: str
    patterns: list[Regex] = []  # case-insensitive
    case_sensitive: list[Regex] = []


class AgenciesFile(Strict):
    agencies: dict[str, Agency]


ProblemSection = Literal["analysis", "findings", "lessons", "conclusions", "recommendations"]
# Heading words may also name a chronology ("Chronology of care and treatment"): facts, not judgements.
# ... or good practice ("Areas of good practice", "What went well"): praise, never a problem.
HeadingKind = Literal["analysis", "findings", "lessons", "conclusions", "recommendations", "chronology",
                      "good_practice"]


class Ownership(Strict):
    professional_subject: list[Regex] = []
    review_subject: list[Regex] = []
    organisation_heads: Words = []
    practice_nouns: list[Regex] = []
    not_acts: Words = []
    person_subject: list[Regex] = []
    not_names: Words = []
    service_failing: list[Regex] = []
    whoever_named: list[Regex] = []
    assumption_verbs: Words = []


class SystemicFactor(Strict):
    label: str
    patterns: list[Regex] = []


class ProblemCuesFile(Strict):
    statement_sections: list[ProblemSection] = ["analysis", "findings"]
    summary_sections: list[ProblemSection] = ["lessons", "conclusions"]
    problem_headings: dict[HeadingKind, Words] = {}
    table_columns: dict[Literal["view", "facts"], Words] = {}
    lead_sentences: dict[ProblemSection, list[Regex]] = {}
    summary_label: Regex | None = None
    restatement_overlap: float = Field(default=0.45, ge=0, le=1)
    problem_patterns: list[Regex] = []
    exclude_patterns: list[Regex] = []
    excuse_patterns: list[Regex] = []
    case_study_headings: list[Regex] = []
    not_contributory: list[Regex] = []
    ownership: Ownership = Ownership()
    systemic_factors: dict[str, SystemicFactor] = {}


# -- reference_statistics.yaml (tables.reference): shipped, or the user's own -----------------

def _share_entry(value: Any) -> Any:
    """A bare number is the share; an empty cell (CSV) is no share."""
    return value if isinstance(value, dict) else {"share": value}


def _no_blank(value: Any) -> Any:
    return None if value == "" else value


def _share_text(value: Any) -> Any:
    """'' is no share; '18%' (as a spreadsheet writes it) is the share 0.18."""
    value = _no_blank(value)
    if isinstance(value, str) and value.strip().endswith("%"):
        number = value.strip()[:-1].strip()
        try:
            return float(number) / 100
        except ValueError:
            return number  # not a number: the model says so
    return value


def _share_range(value: float | None) -> float | None:
    if value is not None and not 0 <= value <= 100:
        raise ValueError("a share is between 0 and 1 (or a percentage up to 100)")
    return value


OptionalText = Annotated[str | None, BeforeValidator(_no_blank)]
# A year may be written 2018 or "year ending March 2018".
YearText = Annotated[str | None, BeforeValidator(lambda v: str(v) if isinstance(v, int) else _no_blank(v))]


class Share(Strict):
    """One published share; `source`, `area` and `year` say where it was published (each
    falls back to the file's own)."""

    share: Annotated[float | None, BeforeValidator(_share_text), AfterValidator(_share_range)] = None
    relationship: OptionalText = None
    source: OptionalText = None
    area: OptionalText = None
    year: YearText = None


class ReferenceFile(Strict):
    source: str = "not stated"
    year: Annotated[str, BeforeValidator(lambda v: str(v) if isinstance(v, int) else v)] = "not stated"
    area: str | None = None
    # How the figures are described in every output, e.g. "as used in the London study".
    label: str | None = None
    note: str | None = None
    indicative: bool = False
    sample_incident_types: list[IncidentType] = ["homicide", "homicide_suicide"]
    over_ratio: float = 1.25
    under_ratio: float = 0.8
    shares: dict[Category, Annotated[Share, BeforeValidator(_share_entry)]] = {}


# -- codebook.yaml (codebook): shipped, or the project's own ($REVIEWSYNTH_CODEBOOK) ----------

def _labels(value: Any) -> Any:
    """Ids with labels (`id: label`) or bare ids (a list)."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    if isinstance(value, dict):
        bad = next((k for k, v in value.items() if not isinstance(v, str)), None)
        if bad is not None:
            raise ValueError(f"the label of {bad!r} must be text")
        return value
    raise ValueError("expected `id: label` lines or a list of ids")


Labels = Annotated[Any, AfterValidator(_labels)]


class ScreeningCodes(Strict):
    decisions: list[str]
    include_reasons: Labels
    exclude_reasons: Labels


class CodebookFile(Strict):
    version: int
    review_types: Labels
    document_roles: Labels
    screening: ScreeningCodes
    categories: Labels
    reference_individual: Labels
    non_reference_information: Labels
    incident_types: Labels
    genders: Labels
    age_bands: Labels
    ethnicities: Labels
    characteristics: Labels
    abuse_subtypes: Labels
    living_arrangements: Labels
    relationship_types: Labels
    relationship_characteristics: Labels
    contexts: Labels
    risk_factor_types: Labels
    weapons: Labels
    technologies: Labels
    locations: Labels
    abusive_behaviour_phases: Labels
    abusive_behaviour_types: Labels
    services: Labels
    intervention_levels: Labels
    information_levels: Labels
    escalation_markers: Labels


# -- reviewsynth.toml (config) ----------------------------------------------------------------

def _month(value: object) -> object:
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if not isinstance(text, str) or not re.fullmatch(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?", text):
        raise ValueError(f'must be "YYYY" or "YYYY-MM", not {value!r}')
    return text


def _number(value: object) -> object:
    """A number, never true/false (TOML's booleans would pass as 1 and 0)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"must be a number, not {value!r}")
    return value


Month = Annotated[str, BeforeValidator(_month)]
Amount = Annotated[float, BeforeValidator(_number), Field(ge=0)]
Count = Annotated[int, BeforeValidator(_number), Field(ge=0)]


class ScopeTable(Strict):
    areas: list[str] = []
    published_from: Month | None = None
    published_to: Month | None = None


class ReportTable(Strict):
    suppress_below: int = Field(default=0, ge=0)
    reference_statistics: str | None = None


class LimitsTable(Strict):
    """[limits]: bounds on one document (reviewsynth.config.Limits says what each is)."""

    max_file_mb: Amount = 512.0
    max_text_chars: Count = 10_000_000
    max_pages: Count = 5000
    max_zip_entries: Count = 10_000
    max_unzipped_mb: Amount = 100.0
    worker_memory_mb: Count = 2048
    document_seconds: Amount = 1800.0


class ProjectConfigFile(Strict):
    scope: ScopeTable = ScopeTable()
    report: ReportTable = ReportTable()
    limits: LimitsTable = LimitsTable()


def read_toml(path: str | Path) -> dict[str, Any]:
    """A TOML file; a missing or malformed one is one line."""
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(path, "", "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, "", f"cannot be read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(path, "", f"not valid TOML ({exc})") from None


# -- every shipped file at once ---------------------------------------------------------------

DATA_FILES: dict[str, type[Strict]] = {
    "codebook.yaml": CodebookFile,
    "grouping.yaml": GroupingFile,
    "ingest.yaml": IngestFile,
    "modifiers.yaml": ModifiersFile,
    "practice_agencies.yaml": AgenciesFile,
    "problem_cues.yaml": ProblemCuesFile,
    "reference_statistics.yaml": ReferenceFile,
    "themes.yaml": ThemesFile,
}


def data_path(name: str) -> Path:
    return Path(str(resources.files("reviewsynth") / "data" / name))


def check_data_files() -> None:
    """Validate the codebook in use, every shipped data file and every lexicon: the first bad
    one raises its DataFileError. Cheap (well under a second), so the CLI runs it first."""
    # Imported here: `reviewsynth.codebook` itself reads its file with `CodebookFile`.
    from reviewsynth.codebook import load_codebook
    from reviewsynth.datafiles.lexicons import LEXICONS, load_lexicon

    codebook = load_codebook()
    agencies = set(validate(data_path("practice_agencies.yaml"), AgenciesFile).agencies)
    for name, model in DATA_FILES.items():
        validate(data_path(name), model, codebook=codebook, agencies=agencies)
    for name in LEXICONS:
        load_lexicon(name)
