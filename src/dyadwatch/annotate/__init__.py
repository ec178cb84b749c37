"""Annotations on coded events: status, section, dates and places.

Submodules: ``dates`` (find and resolve time expressions), ``places`` (gazetteer lookups),
and the status/section/quotes readers. Import from the submodule you need; nothing is
loaded here.
"""
