"""Renderers: the JSON contract (`mujaz.briefing/1`), Markdown and a standalone RTL HTML report."""

from mujaz.render.html import to_html
from mujaz.render.json import SCHEMA, briefing_dict, iter_json, to_json
from mujaz.render.markdown import to_markdown

__all__ = ["SCHEMA", "briefing_dict", "iter_json", "to_html", "to_json", "to_markdown"]
