"""Numbers in article text: vocabulary, number words, the reader and units."""
