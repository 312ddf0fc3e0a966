"""Scoring extraction against ACLED-coded events (``eventatlas evaluate``)."""

from __future__ import annotations

from eventatlas.evaluate.scoring import EvaluationResult, evaluate_file, evaluate_rows, print_report

__all__ = ["EvaluationResult", "evaluate_file", "evaluate_rows", "print_report"]
