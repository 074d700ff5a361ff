SOURCED=ghcr.io/acme/sourced
