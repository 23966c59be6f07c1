"""Tests of the storage layer (`summitlib.storage`) and of the converter below it (`serialization`)."""
