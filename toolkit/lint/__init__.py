"""The lint: every figure in prose must come from a cited fact.

- :mod:`~toolkit.lint.run`: ``lint_project`` (the command) and ``lint_rendered`` (the build);
- :mod:`~toolkit.lint.registry`: every check, with the codes it reports;
- :mod:`~toolkit.lint.context`: the campaigns, locales and texts the checks share;
- :mod:`~toolkit.lint.uncited`: figures where they were typed (templates, copy, msgstrs);
- :mod:`~toolkit.lint.rendered`: the safety net over rendered, marked documents;
- :mod:`~toolkit.lint.translations`: placeholders, markup, untranslated, catalogs;
- :mod:`~toolkit.lint.factsheet`: markup in copy, ``not_figures`` entries;
- :mod:`~toolkit.lint.evidence`: each fact against its quote and archived source
  (the work is in :mod:`toolkit.lint.evidence`);
- helpers: ``figures`` (the detector), ``templates``, ``pofiles``, ``htmltext``,
  ``placeholders``, ``markup``, ``sites`` (positions in files).
"""
