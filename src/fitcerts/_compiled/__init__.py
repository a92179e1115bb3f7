"""Bundled data releases compiled to Python by ``python -m fitcerts.codegen``; see
``fitcerts.loading``. Generated modules: edit the data, never these."""
