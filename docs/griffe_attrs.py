"""A griffe extension for the API reference: attrs classes get the ``__init__`` attrs generates.

attrs writes ``__init__`` at import time, so griffe's static reading of the source sees no constructor and
mkdocstrings would show ``Meeting`` without a signature. This extension builds one from
``attrs.fields``: every parameter keyword-only where the class is, with its annotation and default
(``factory`` defaults shown as the factory's result, e.g. ``()``), so the page says which fields are
required; each field in the docstring's ``Attributes:`` section also says "Required." or its default.
Loaded by mkdocs.yml (``docs/griffe_attrs.py:AttrsSignatures``).

(griffe-fieldz does the second half, but moves the fields into a Parameters table without the
descriptions written in the ``Attributes:`` section.)
"""

from __future__ import annotations

import importlib
from typing import Any

import attrs
from griffe import (
    Class,
    DocstringSectionAttributes,
    Extension,
    Function,
    Parameter,
    ParameterKind,
    Parameters,
)


class AttrsSignatures(Extension):
    """Give each attrs class an ``__init__`` with the fields' names, annotations and defaults."""

    def on_class_members(self, *, cls: Class, **kwargs: Any) -> None:
        runtime = _runtime(cls.path)
        if runtime is None or not attrs.has(runtime) or "__init__" in cls.members:
            return
        parameters = [Parameter("self", kind=ParameterKind.positional_or_keyword)]
        for field in attrs.fields(runtime):
            if not field.init:
                continue
            kind = ParameterKind.keyword_only if field.kw_only else ParameterKind.positional_or_keyword
            annotation = _annotation(cls, field.name, field.type)
            parameters.append(
                Parameter(
                    field.alias or field.name,
                    annotation=annotation,
                    kind=kind,
                    default=_default(field.default),
                )
            )
        _mark_defaults(cls, runtime)
        init = Function(
            "__init__",
            parameters=Parameters(*parameters),
            lineno=cls.lineno,
            endlineno=cls.lineno,
            parent=cls,
        )
        cls.set_member("__init__", init)


def _mark_defaults(cls: Class, runtime: Any) -> None:
    """Add "Required." or "Default: ``x``." to each field described in the ``Attributes:`` section."""
    if cls.docstring is None:
        return
    fields = {f.name: f for f in attrs.fields(runtime) if f.init}
    for section in cls.docstring.parsed:
        if not isinstance(section, DocstringSectionAttributes):
            continue
        for item in section.value:
            field = fields.get(item.name)
            if field is None:
                continue
            default = _default(field.default)
            note = "Required." if default is None else f"Default: `{default}`."
            item.description = f"{item.description.rstrip()} {note}".strip()
            if item.annotation is None:
                item.annotation = _annotation(cls, field.name, field.type)


def _runtime(path: str) -> Any:
    module, _, name = path.rpartition(".")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _annotation(cls: Class, name: str, runtime_type: object) -> Any:
    member = cls.members.get(name)
    annotation = getattr(member, "annotation", None)
    if annotation is not None:
        return annotation
    return None if runtime_type is None else str(runtime_type)


def _default(default: object) -> str | None:
    if default is attrs.NOTHING:
        return None
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        factory = default.factory  # type: ignore[attr-defined]
        try:
            return repr(factory())
        except TypeError:
            return f"{getattr(factory, '__name__', 'factory')}()"
    return repr(default)
