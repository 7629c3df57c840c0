"""The Jinja environment every document renders in, built for templates and translations
from people the toolkit does not have to trust.

- **A sandbox.** Templates render in Jinja's :class:`ImmutableSandboxedEnvironment`:
  no attribute that starts with ``_`` (so no ``cycler.__init__.__globals__``),
  no method that changes a list or a dict, and on the fact sheet's models
  only their fields and the properties the toolkit defines (not pydantic's
  own methods, such as ``parse_file``, which reads any file).
- **A loader that stays in ``templates/``.** A template is looked up in the
  project's ``templates/``, then in the toolkit's defaults
  (:mod:`toolkit.defaults`); it is read only when its real path (links
  followed) is inside the folder it was found in, and only when it is a
  regular file within :data:`~toolkit.inputs.MAX_TEMPLATE_BYTES`.
- **Translations are text.** Jinja's new-style gettext trusts a translated
  string as markup in an autoescaped template. Here the string is escaped
  first and then formatted with escaped values, so a ``<`` typed by a
  translator is a ``<`` on the page, never a tag. Plain-text outputs are
  formatted as they are.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from jinja2 import (
    BaseLoader,
    Environment,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    pass_context,
    select_autoescape,
)
from jinja2.loaders import split_template_path
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup
from pydantic import BaseModel

from toolkit.defaults import TEMPLATES_FOLDER, find_template, folder_of
from toolkit.inputs import MAX_TEMPLATE_BYTES, InputError, decode_text, read_input
from toolkit.render.codecache import template_code_cache
from toolkit.translation.catalogs import Translator


class TemplateRefused(TemplateError):
    """A template file the loader will not read (outside ``templates/``, not a file, too big)."""


class DocumentEnvironment(ImmutableSandboxedEnvironment):
    """The sandbox, with pydantic models limited to their data."""

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Jinja's immutable-sandbox rules; on a model, only its fields and our properties."""
        if not super().is_safe_attribute(obj, attr, value):
            return False
        if isinstance(obj, BaseModel):
            return attr in type(obj).model_fields or _own_property(type(obj), attr)
        return True


def _own_property(cls: type, attr: str) -> bool:
    """Whether ``attr`` is a property defined by one of our model classes (not by pydantic)."""
    for klass in cls.__mro__:
        if klass is BaseModel:
            return False
        if isinstance(vars(klass).get(attr), property):
            return True
    return False


class TemplateFolderLoader(BaseLoader):
    """Loads templates from the project's folder, then the toolkit's defaults
    (:func:`toolkit.defaults.template_folders`), refusing anything that resolves
    outside the folder it was found in."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        """The template's text, its file name and a check that it has not changed."""
        pieces = split_template_path(template)  # TemplateNotFound for ".."
        shown = "/".join([TEMPLATES_FOLDER, *pieces])
        path = find_template(self.folder, "/".join(pieces))
        if path is None:
            raise TemplateNotFound(template)
        folder = folder_of(path, self.folder)
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):  # a broken link or a loop of links
            raise TemplateNotFound(template) from None
        if not real.is_relative_to(folder.resolve()):
            raise TemplateRefused(
                f"{shown} resolves to a file outside {TEMPLATES_FOLDER}/ (a link?): "
                f"templates are read only from inside {TEMPLATES_FOLDER}/"
            )
        try:
            text = decode_text(read_input(real, MAX_TEMPLATE_BYTES))
        except InputError as err:
            raise TemplateRefused(f"{shown}: {err}") from None
        except UnicodeDecodeError as err:
            raise TemplateRefused(f"{shown}: not UTF-8 text (byte {err.start})") from None
        mtime = _mtime(real)

        def uptodate() -> bool:
            # A project file appearing in front of a default is a change too.
            return _mtime(real) == mtime and find_template(self.folder, "/".join(pieces)) == path

        return text, os.path.normpath(path), uptodate


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return -1.0


# The translator templates speak while they render. One environment serves every locale
# (its templates are loaded and compiled once per process); each render says which
# translator it speaks (:func:`speaking`), per thread and per task.
_TRANSLATOR: ContextVar[Translator] = ContextVar("toolkit_translator")


@contextmanager
def speaking(translator: Translator) -> Iterator[None]:
    """Render with ``translator``: templates' ``_()`` look strings up in it."""
    token = _TRANSLATOR.set(translator)
    try:
        yield
    finally:
        _TRANSLATOR.reset(token)


def current_translator() -> Translator:
    """The translator of the render under way (the source language when none is)."""
    found = _TRANSLATOR.get(None)
    return found if found is not None else Translator("en", source=True)


def sandboxed_environment(templates_dir: Path) -> Environment:
    """A sandboxed Jinja environment over ``templates_dir``, speaking the current translator
    (see :func:`speaking`).

    :func:`toolkit.render.documents.make_environment` adds the toolkit's filters.
    """
    env = DocumentEnvironment(
        loader=TemplateFolderLoader(templates_dir),
        autoescape=select_autoescape(["html"], default_for_string=False),
        extensions=["jinja2.ext.i18n"],
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=template_code_cache(),  # compile each template once, not once per locale
    )
    # Extraction trims {% trans %} blocks (babel.cfg); rendering must ask for the same msgids.
    env.policies["ext.i18n.trimmed"] = True
    env.newstyle_gettext = True  # type: ignore[attr-defined]
    env.globals.update(text_gettext_callables())
    return env


def text_gettext_callables() -> dict[str, Callable[..., str]]:
    """``gettext``, ``ngettext``, ``pgettext`` and ``npgettext`` for templates (new style).

    Each looks the string up, then formats it with the keyword values
    (``%(name)s``). In an autoescaped (HTML) template the string is text:
    escaped, then formatted with escaped values. In a plain-text template
    it is formatted as it is.
    """

    @pass_context
    def gettext(context: Context, msgid: str, **variables: Any) -> str:
        return _format(context, current_translator().gettext(msgid), (msgid,), variables)

    @pass_context
    def ngettext(context: Context, singular: str, plural: str, num: int, **variables: Any) -> str:
        variables.setdefault("num", num)
        chosen = current_translator().ngettext(singular, plural, num)
        return _format(context, chosen, (singular, plural), variables)

    @pass_context
    def pgettext(context: Context, msgctxt: str, msgid: str, **variables: Any) -> str:
        variables.setdefault("context", msgctxt)
        chosen = current_translator().gettext(msgid, context=msgctxt)
        return _format(context, chosen, (msgid,), variables)

    @pass_context
    def npgettext(
        context: Context, msgctxt: str, singular: str, plural: str, num: int, **variables: Any
    ) -> str:
        variables.setdefault("context", msgctxt)
        variables.setdefault("num", num)
        chosen = current_translator().ngettext(singular, plural, num, context=msgctxt)
        return _format(context, chosen, (singular, plural), variables)

    return {"gettext": gettext, "ngettext": ngettext, "pgettext": pgettext, "npgettext": npgettext}


def _format(
    context: Context, chosen: str, sources: tuple[str, ...], variables: Mapping[str, Any]
) -> str:
    """``chosen % variables``; in HTML, ``chosen`` is escaped as text first."""
    if not context.eval_ctx.autoescape:
        return chosen % variables
    return Markup(escape_text(chosen, translated=chosen not in sources)) % variables


def escape_text(text: str, *, translated: bool = True) -> str:
    """``text`` escaped for HTML text and quoted attribute values.

    ``&``, ``<``, ``>`` and ``"`` are always escaped; ``'`` too in a
    translation. The template's own words (the msgid, shown in the source
    language or when a translation is missing) keep their apostrophes as
    typed: they come from the same hands as the template around them.
    """
    escaped = (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")
    )
    return escaped.replace("'", "&#39;") if translated else escaped
