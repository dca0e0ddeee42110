"""The engine: articles, measure words, the index, binding and matching.

The engine imports neither pytest nor the reports.
"""
