"""Prefect flows: lead_list (one run to its target) and lead_refill (standing lists, nightly).

Importing this package changes nothing in the environment: the CLI applies Prefect's quiet
defaults (`leadflow.runtime_env`) before it imports Prefect, and workers get them from
prefect.yaml."""
