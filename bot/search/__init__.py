"""Embedding, the on-disk index (FAISS + BM25 + manifest) and hybrid retrieval."""
