"""Build time: compile the field's dictionaries (PETRARCH-2's CAMEO verb dictionary and
Phoenix actor dictionaries, MIT) into dyadwatch's own data files.

Run through ``scripts/build_lexicon.py``; the coder reads only the generated files under
``data/`` and never imports this package.
"""
