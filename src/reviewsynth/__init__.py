"""reviewsynth: cross-review synthesis of statutory case reviews."""

__version__ = "0.1.0"
