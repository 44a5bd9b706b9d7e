"""Output adapters: export files and standing-list deliveries."""
