"""The visible text of an archived HTML page: no tags, scripts or styles."""

from __future__ import annotations

from html.parser import HTMLParser


class TextOnly(HTMLParser):
    """An HTML document's text: no tags, scripts or styles; blocks end with a line break."""

    HIDDEN = frozenset({"script", "style", "noscript", "template"})
    BLOCKS = frozenset(
        (
            *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt"),
            *("figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header"),
            *("hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th"),
            *("tr", "ul", "title"),
        )
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self.hidden:
            self.hidden -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)
