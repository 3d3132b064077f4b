/**
 * Ingest: files, directory trees and JSONL dumps → {@link io.chartdex.model.Description}s with
 * stable ids. Unreadable items are reported to the sink with their location, never skipped
 * silently.
 */
package io.chartdex.ingest;
