/**
 * The mailboxes CSV export against the seeded tenant: every domain downloaded in turn (the whole tenant), and the
 * largest domain alone, timed client-side to the last byte, with the API's resident memory sampled meanwhile.
 */

/** Downloads one domain's CSV, reading the body as it streams; returns its rows (lines after the header) and bytes. */
async function download(base, token, domainId) {
  const res = await fetch(`${base}/exports/mailboxes.csv?domainId=${domainId}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok || !res.body) throw new Error(`export of ${domainId}: HTTP ${res.status} ${await res.text()}`);
  let lines = 0;
  let bytes = 0;
  for await (const chunk of res.body) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  return { rows: lines - 1, bytes };
}

/** `{ tenant, largest }`: rows, bytes, seconds and the API's peak RSS above what it held before each. */
export async function exportBench({ api, token, domains, largest, expectedRows }) {
  const measure = async (ids) => {
    const before = api.memory().rss;
    api.startSampling();
    const t0 = performance.now();
    let rows = 0;
    let bytes = 0;
    for (const id of ids) {
      const one = await download(api.base, token, id);
      rows += one.rows;
      bytes += one.bytes;
    }
    const seconds = (performance.now() - t0) / 1000;
    const peak = api.stopSampling();
    return { rows, bytes, seconds, rssBefore: before, peakRss: peak, growth: Math.max(0, peak - before) };
  };
  const tenant = await measure(domains.map((d) => d.id));
  if (expectedRows !== undefined && tenant.rows !== expectedRows) throw new Error(`the export wrote ${tenant.rows} rows, the tenant has ${expectedRows} mailboxes`);
  const single = await measure([largest.id]);
  if (single.rows !== largest.mailboxes) throw new Error(`the largest domain's export wrote ${single.rows} rows, not ${largest.mailboxes}`);
  return { tenant, largest: single };
}
