"""The domain: pure rules and types. Imports nothing else of leadflow."""
