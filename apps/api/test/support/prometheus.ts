import parsePrometheusTextFormat from "parse-prometheus-text-format";

/** One scrape of /metrics, parsed by an independent Prometheus text-format parser. */
export interface Scrape {
  readonly text: string;
  /** The metric families by name. */
  readonly names: ReadonlySet<string>;
  /** The sum of the samples of a counter or gauge whose labels include `labels` (a histogram: their count); 0 when none. */
  value(name: string, labels?: Record<string, string>): number;
  /** Every label value of every sample. */
  labelValues(): string[];
}

/**
 * Parses a scrape. The parser folds a labelled histogram into one sample that keeps only `le`, so the text is also
 * read with the histograms' TYPE lines as untyped: each `_bucket`, `_sum` and `_count` series then comes with its labels.
 */
export function parseScrape(text: string): Scrape {
  const families = parsePrometheusTextFormat(text);
  const histograms = new Set(families.filter((f) => f.type === "HISTOGRAM").map((f) => f.name));
  // Untyped, a histogram's series interleave (buckets, sum, count of one label set, then the next): gather them by name.
  const series = new Map<string, { labels?: Record<string, string>; value?: string }[]>();
  for (const family of parsePrometheusTextFormat(text.replace(/^# TYPE (\S+) histogram$/gm, "# TYPE $1 untyped"))) {
    series.set(family.name, [...(series.get(family.name) ?? []), ...family.metrics]);
  }
  return {
    text,
    names: new Set(families.map((f) => f.name)),
    value(name, labels = {}) {
      const samples = series.get(histograms.has(name) ? `${name}_count` : name) ?? [];
      return samples.filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v)).reduce((sum, m) => sum + Number(m.value), 0);
    },
    labelValues: () => [...series.values()].flatMap((samples) => samples.flatMap((m) => Object.values(m.labels ?? {}))),
  };
}
