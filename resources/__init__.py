"""Data files shipped with Carnet (templates, taxonomy, prompts, demo journal)."""
