"""The pipeline's stages, in order: boilerplate → repair → split (→ dedup)."""
