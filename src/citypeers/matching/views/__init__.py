"""Pages of matching, one module per capability: suggestions, requests, rounds."""
