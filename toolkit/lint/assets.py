"""Files the templates use: each must exist inside ``templates/``.

An image or font a template names (``<img src="seal.png">``, CSS
``url(fonts/brand.woff2)``) that is missing, or outside ``templates/``,
would be dropped silently from the PDF and broken in the HTML pages: a
``missing-asset`` error where it is typed. References built from values
(``{{ theme.logo }}``) are checked where the value is set (``toolkit.yaml``)
and again in the rendered documents by the build.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolkit.lint.context import LintContext
from toolkit.lint.templates import HTML_SUFFIXES
from toolkit.problems import Problem
from toolkit.render.assets import css_references, find_asset, is_file_url, references


def template_assets(ctx: LintContext) -> Iterator[Problem]:
    """A ``missing-asset`` problem for each file a template names that is not in templates/."""
    templates_dir = ctx.project.templates_dir
    for path, source in sorted(ctx.templates.sources.items()):
        suffix = path[path.rfind(".") :].lower()
        if suffix in HTML_SUFFIXES:
            found = references(source.text)
        elif suffix == ".css":
            found = css_references(source.text)
        else:
            continue
        for reference in found:
            if not is_file_url(reference.url):
                continue  # on the network: the build says when a PDF would need it
            file, why = find_asset(templates_dir, reference.url)
            if file is None:
                line, column = source.position(reference.offset)
                yield Problem(path, line, column, "missing-asset", why, text=reference.url)
