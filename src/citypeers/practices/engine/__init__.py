"""The search engine core of practices: plain text and arrays in, ranked ids out.

Nothing here imports Django, so the pieces (text analysis, embeddings, the vector
index, rank fusion, evaluation) are fast to test alone and reusable by the bench.
"""
