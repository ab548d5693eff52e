"""The domain of the Service Plan builder: records, scoring, the plan file. Pure Python."""

LANGUAGES: tuple[str, ...] = ("en", "ru", "zh")
