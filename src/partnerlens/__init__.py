"""partnerlens: an open workbench for economic diplomacy."""

__version__ = "0.1.0"
