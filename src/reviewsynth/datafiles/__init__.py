"""The data files that hold the tool's knowledge, their schemas, and the one way to read them.

Phrases, patterns, thresholds and rules live in YAML files under `reviewsynth/data/`. Each file
has a pydantic schema (`datafiles.lexicons` for `data/lexicons/*.yaml`, `datafiles.rules` for
the others) that forbids unknown keys at every level, checks every value's type, compiles
every regular expression and checks every code id against the codebook, so a mistyped key
is an error, not silence. A bad file is one `DataFileError` line: the file, the key path
and the reason.
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError, ValidationInfo

from reviewsynth.errors import UsageError

Model = TypeVar("Model", bound=BaseModel)


class DataFileError(UsageError, ValueError):
    """A data or config file that cannot be used: one line naming the file, where and why
    (a user's mistake, so the CLI prints it on one line with exit code 2)."""

    def __init__(self, path: str | Path, where: str, reason: str) -> None:
        UsageError.__init__(self, path, f"{where}: {reason}" if where else reason)
        self.path, self.where = str(path), where


# libyaml's parser when installed (about 15 times faster than the pure-Python one).
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StringLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """YAML without implicit booleans: words like `no`, `on` and `yes` stay strings."""


_StringLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in _SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: str | Path) -> Any:
    """A YAML file with every bare word as a string; a missing or malformed file is one line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(path, "", "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, "", f"cannot be read ({exc})") from None
    try:
        return yaml.load(text, Loader=_StringLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataFileError(path, where, f"not valid YAML ({problem})") from None


class Strict(BaseModel):
    """A mapping in a data file: only the declared keys, each of its declared type."""

    model_config = ConfigDict(extra="forbid")


# -- value types ------------------------------------------------------------------------------

def compiles(pattern: str) -> str:
    """The pattern, when it is a valid regular expression. A control character in it is a
    YAML escape gone wrong ("\\b" in double quotes is a backspace, not a word boundary)."""
    bad = next((c for c in pattern if ord(c) < 32 and c not in "\t\n"), None)
    if bad is not None:
        raise ValueError(f"not a usable regular expression: control character {bad!r} (write the pattern in single quotes): {pattern!r}")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc}): {pattern!r}") from None
    return pattern


_PLACEHOLDER = re.compile(r"\{[A-Za-z_]+\}")


def _template_compiles(pattern: str) -> str:
    """A pattern with `{name}`-style slots the code fills in: it must compile once filled."""
    try:
        re.compile(_PLACEHOLDER.sub("(?:x)", pattern))
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc}): {pattern!r}") from None
    return pattern


def _alternatives_compile(patterns: list[str]) -> list[str]:
    """Patterns the code joins with `|` into one expression must still compile joined
    (a global flag like `(?i)` is only allowed at the very start)."""
    if patterns:
        try:
            re.compile("|".join(patterns))
        except re.error as exc:
            raise ValueError(f"the patterns do not compile joined with '|' ({exc})") from None
    return patterns


def _needs_group(name: str) -> Callable[[str], str]:
    def check(pattern: str) -> str:
        if name not in re.compile(_PLACEHOLDER.sub("(?:x)", pattern)).groupindex:
            raise ValueError(f"the pattern needs a group named {name!r}: {pattern!r}")
        return pattern
    return check


Regex = Annotated[str, AfterValidator(compiles)]
# Regular expressions the code joins into one alternation.
Alternatives = Annotated[list[Regex], AfterValidator(_alternatives_compile)]
# A regular expression with slots (`{name}`, `{MONTH}`) the code fills in.
Template = Annotated[str, AfterValidator(_template_compiles)]
WhoPattern = Annotated[Template, AfterValidator(_needs_group("who"))]
KindPattern = Annotated[Regex, AfterValidator(_needs_group("kind"))]


def in_codebook(*list_names: str) -> Callable[[str, ValidationInfo], str]:
    """A validator: the value is an id of one of the codebook's lists `list_names`. The codebook
    comes in the validation context (`validate(..., codebook=...)`); without one, ids are not
    checked."""

    def check(value: str, info: ValidationInfo) -> str:
        codebook = (info.context or {}).get("codebook")
        if codebook is not None and not any(value in codebook[name] for name in list_names):
            lists = " or ".join(f"`{name}`" for name in list_names)
            ids = [i for name in list_names for i in codebook[name].ids]
            near = difflib.get_close_matches(value, ids, n=1)
            hint = f" (did you mean {near[0]!r}?)" if near else ""
            raise ValueError(f"unknown code {value!r}: not an id of the codebook's {lists}{hint}")
        return value

    return check


# -- validation and its one-line errors -------------------------------------------------------

def validate(path: str | Path, model: type[Model], data: Any = None, **context: Any) -> Model:
    """The file at `path` (or `data` read from it) as `model`; a bad file is a DataFileError.
    `context` holds what ids are checked against: `codebook=` (a `Codebook`), `agencies=`."""
    raw = read_yaml(path) if data is None else data
    if not isinstance(raw, dict):
        raise DataFileError(path, "", "expected a mapping of keys at the top of the file")
    try:
        return model.model_validate(raw, context=context)
    except ValidationError as exc:
        # A mistyped key is both an unknown key and a missing one: name the one written.
        errors = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")
        rest = [e for e in errors[1:] if not _same_mistake(errors[0], e)]
        where, reason = describe(errors[0], model)
        more = f" (and {len(rest)} more)" if rest else ""
        raise DataFileError(path, where, reason + more) from None


def read_data(path: str | Path, model: type[BaseModel], data: Any = None, **context: Any) -> dict[str, Any]:
    """A validated file as the plain mapping its readers use: exactly the keys it sets."""
    return validate(path, model, data, **context).model_dump(exclude_unset=True)


def _same_mistake(extra: Any, other: Any) -> bool:
    """The missing key that a mistyped one (`phrasse` for `phrases`) stands for."""
    if extra["type"] != "extra_forbidden" or other["type"] != "missing":
        return False
    if tuple(extra["loc"][:-1]) != tuple(other["loc"][:-1]):
        return False
    return bool(difflib.get_close_matches(str(extra["loc"][-1]), [str(other["loc"][-1])], n=1))


def key_path(loc: Sequence[int | str]) -> str:
    """`codes.alcohol_misuse.patterns[1]`, `ethnicity['white british']`."""
    out = ""
    for part in loc:
        if part == "[key]":
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][\w-]*", part):
            out += ("." if out else "") + part
        else:
            out += f"[{part!r}]"
    return out


def describe(error: Any, model: type[BaseModel]) -> tuple[str, str]:
    """(key path, reason) of one pydantic error, in a data file's terms."""
    loc = [p for p in error["loc"] if p != "[key]"]
    kind, msg = error["type"], str(error["msg"])
    if kind == "extra_forbidden":
        known = _keys_at(model, loc[:-1])
        near = difflib.get_close_matches(str(loc[-1]), known, n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else f" (known keys: {', '.join(known)})" if known else ""
        return key_path(loc), f"unknown key{hint}"
    if kind == "missing":
        return key_path(loc), "missing key"
    if kind == "value_error":
        msg = msg.removeprefix("Value error, ")
    elif "input" in error and kind.endswith(("_type", "_parsing")):
        msg = f"{msg}, not {_shown(error['input'])}"
    return key_path(loc), msg


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _keys_at(model: type[BaseModel], loc: Sequence[int | str]) -> list[str]:
    """The keys declared for the mapping at `loc` (empty where it is not a fixed mapping)."""
    here = type_at(model, loc)
    return list(here.model_fields) if isinstance(here, type) and issubclass(here, BaseModel) else []


def type_at(model: type[BaseModel], loc: Sequence[int | str]) -> Any:
    """The declared type of the value at `loc` in a file of `model` (None: not declared)."""
    here: Any = model
    for part in loc:
        here = _unwrap(here)
        if isinstance(here, type) and issubclass(here, BaseModel):
            field = here.model_fields.get(str(part))
            if field is None:
                return None
            here = field.annotation
        else:
            args = typing.get_args(here)
            here = args[-1] if args else None
    return _unwrap(here)


def _unwrap(tp: Any) -> Any:
    """The model inside `Annotated[...]` and `X | None`."""
    while True:
        origin = typing.get_origin(tp)
        if origin is Annotated:
            tp = typing.get_args(tp)[0]
        elif origin in (typing.Union, types.UnionType):
            rest = [a for a in typing.get_args(tp) if a is not type(None)]
            if len(rest) != 1:
                return tp
            tp = rest[0]
        else:
            return tp
