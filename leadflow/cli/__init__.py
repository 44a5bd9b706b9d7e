"""The `leadflow` command (typer + rich): thin translation of input into use cases and flows."""
