"""The installed program's name: `serviceplan` / `python -m serviceplan` run `main.main`.

The version lives here and only here: pyproject.toml reads it (`dynamic = ["version"]`), and
`serviceplan --version` and Help ▸ About show it. In an installed wheel or the one-folder bundle
the program's data (methodology content, demo plans, translations, icons, fonts) is in
`serviceplan/assets`; in a source checkout it is the top-level `assets/` folder
(see `plan.resources`).
"""

__version__ = "0.1.0"
