"""Input formats: sniffing, decompression, HTML main-text extraction, WARC records,
record fields and encoding repair.  :mod:`cleaner.readers` ties them together."""
