/**
 * A small SVG line chart, written by hand (no plotting library): stacked panels sharing one x axis, each with its own
 * y scale, a few labelled ticks and a legend. Points whose y is not a finite number leave a gap.
 */

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const fmt = (v) => (v === 0 ? "0" : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

/** Round tick values between 0 and `max` (at most about five). */
function ticks(max) {
  if (!(max > 0)) return [0, 1];
  const raw = max / 4;
  const step = [1, 2, 2.5, 5, 10].map((m) => m * 10 ** Math.floor(Math.log10(raw))).find((s) => s >= raw) ?? raw;
  const out = [];
  for (let v = 0; v <= max + step / 2; v += step) out.push(v);
  return out;
}

/**
 * `panels`: [{ title, unit, series: [{ name, color, points: [[x, y], ...], dots?: true }] }]; `xLabel` names the x
 * axis (all panels share the x range of every point). Returns the SVG document.
 */
export function lineChartSvg({ title, subtitle = "", xLabel, panels, width = 860, panelHeight = 200 }) {
  const left = 70;
  const right = 20;
  const top = subtitle ? 80 : 60;
  const gap = 56;
  const height = top + panels.length * (panelHeight + gap) + 10;
  const xs = panels.flatMap((p) => p.series.flatMap((s) => s.points.map(([x]) => x)));
  const xMin = Math.min(...xs);
  const xMax = Math.max(...xs, xMin + 1);
  const px = (x) => left + ((x - xMin) / (xMax - xMin)) * (width - left - right);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${left}" y="22" font-size="16" font-weight="bold">${esc(title)}</text>`,
    subtitle ? `<text x="${left}" y="42" fill="#555">${esc(subtitle)}</text>` : "",
  ];
  panels.forEach((panel, i) => {
    const y0 = top + i * (panelHeight + gap);
    const values = panel.series.flatMap((s) => s.points.map(([, y]) => y)).filter(Number.isFinite);
    const yTicks = ticks(Math.max(...values, 0) * 1.1);
    const yMax = yTicks[yTicks.length - 1] || 1;
    const py = (y) => y0 + panelHeight - (y / yMax) * panelHeight;
    out.push(`<text x="${left}" y="${y0 - 8}" font-weight="bold">${esc(panel.title)}${panel.unit ? ` (${esc(panel.unit)})` : ""}</text>`);
    for (const t of yTicks) {
      out.push(`<line x1="${left}" x2="${width - right}" y1="${py(t)}" y2="${py(t)}" stroke="#e5e5e5"/>`);
      out.push(`<text x="${left - 6}" y="${py(t) + 4}" text-anchor="end" fill="#555">${fmt(t)}</text>`);
    }
    for (let x = Math.ceil(xMin); x <= xMax; x += Math.max(1, Math.ceil((xMax - xMin) / 15))) {
      out.push(`<text x="${px(x)}" y="${y0 + panelHeight + 16}" text-anchor="middle" fill="#555">${x}</text>`);
    }
    out.push(`<rect x="${left}" y="${y0}" width="${width - left - right}" height="${panelHeight}" fill="none" stroke="#999"/>`);
    panel.series.forEach((s, k) => {
      let path = "";
      let pen = false;
      for (const [x, y] of s.points) {
        if (!Number.isFinite(y)) {
          pen = false;
          continue;
        }
        path += `${pen ? "L" : "M"}${px(x).toFixed(1)},${py(y).toFixed(1)} `;
        pen = true;
      }
      if (path) out.push(`<path d="${path.trim()}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
      if (s.dots) for (const [x, y] of s.points) if (Number.isFinite(y)) out.push(`<circle cx="${px(x)}" cy="${py(y)}" r="3" fill="${s.color}"/>`);
      const lx = left + 10 + k * 150;
      out.push(`<line x1="${lx}" x2="${lx + 18}" y1="${y0 + 14}" y2="${y0 + 14}" stroke="${s.color}" stroke-width="2"/>`);
      out.push(`<text x="${lx + 24}" y="${y0 + 18}">${esc(s.name)}</text>`);
    });
    out.push(`<text x="${(left + width - right) / 2}" y="${y0 + panelHeight + 34}" text-anchor="middle" fill="#555">${esc(xLabel)}</text>`);
  });
  out.push("</svg>");
  return `${out.filter(Boolean).join("\n")}\n`;
}
