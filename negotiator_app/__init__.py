"""Negotiator: an offline workbench for treaty negotiators."""

__version__ = "0.1.0"
