"""Input formats: sniffing, decompression, charset decoding (:mod:`.charset`), HTML
main-text extraction, WARC records, Parquet batches (:mod:`.parquet`), record fields and
encoding repair.  :mod:`cleaner.ingest.readers` ties them together."""
