"""What a story names, says and counts: entities, quotes, figures and dates of articles."""
