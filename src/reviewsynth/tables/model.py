"""The `tables.json` contract (../shared/spec/case-schema.md) as pydantic models.

Rows and tables accept extra keys: the tool adds `cases` (the case ids behind a count),
`evidence` (the quotes behind it) and, on overview rows, the case's fields, so every
number can be opened to its cases and quotes. Readers that only know the contract ignore them.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from reviewsynth.schema import TABLES_SCHEMA

Unit = Literal["persons", "cases", "reviews"]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


# One quote behind a count: {"case_id", "person_id", "page", "quote"} (themes add "agency").
# Plain dicts, not models: a large corpus has hundreds of thousands of them.
EvidenceRef = dict[str, Any]


class Row(_Open):
    key: str
    label: str
    n: int
    cases: list[str] = Field(default_factory=list)
    evidence: list[dict[str, Any]] = Field(default_factory=list)
    # True where a presentation output shows this count as "<K" (n itself stays an int).
    suppressed: bool = False


class DetailCount(_Open):
    label: str
    n: int


class Cell(_Open):
    context: str
    type: str
    n: int
    details: list[DetailCount] = Field(default_factory=list)
    cases: list[str] = Field(default_factory=list)
    evidence: list[dict[str, Any]] = Field(default_factory=list)
    suppressed: bool = False


class Table(_Open):
    id: str
    category: str | None
    title: str
    unit: Unit
    data_available: int | None
    rows: list[Row] = Field(default_factory=list)
    cells: list[Cell] | None = None  # context matrices only
    # How many cases (or persons, reviews) the table was counted over, for "N of M" notes.
    base: int | None = None

    def row(self, key: str) -> Row | None:
        return next((r for r in self.rows if r.key == key), None)

    def counts(self) -> dict[str, int]:
        return {r.key: r.n for r in self.rows}


class TablesFile(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="allow")

    schema_: str = Field(default=TABLES_SCHEMA, alias="schema")
    tables: list[Table] = Field(default_factory=list)

    def get(self, table_id: str, category: str | None = None) -> Table | None:
        return next(
            (t for t in self.tables if t.id == table_id and t.category == category), None
        )

    def categories(self) -> list[str]:
        seen: list[str] = []
        for t in self.tables:
            if t.category is not None and t.category not in seen:
                seen.append(t.category)
        return seen

    def to_dict(self) -> dict[str, Any]:
        data = self.model_dump(mode="json", by_alias=True)
        for table in data["tables"]:
            if table.get("cells") is None:
                table.pop("cells", None)  # only context matrices carry `cells`
        return data

    def to_json(self) -> str:
        """One table per line: readable with `jq` or a text editor, and fast to write
        (pydantic's own serialiser, not a Python-level pretty printer)."""
        lines = [
            t.model_dump_json(by_alias=True, exclude={"cells"} if t.cells is None else None)
            for t in self.tables
        ]
        head = json.dumps(self.schema_, ensure_ascii=False)
        # Extras of the whole file (the verification summary) after the schema.
        extra = "".join(f", {json.dumps(k)}: {json.dumps(v, ensure_ascii=False, sort_keys=True)}"
                        for k, v in sorted((self.model_extra or {}).items()))
        return '{"schema": ' + head + extra + ', "tables": [\n' + ",\n".join(lines) + "\n]}\n"
