"""Scorers for tests and bench: ROUGE-N for Arabic summaries."""

from mujaz.evaluate.rouge import MAX_TOKENS, Score, rouge, rouge_n, rouge_tokens

__all__ = ["MAX_TOKENS", "Score", "rouge", "rouge_n", "rouge_tokens"]
