// Small SVG charts drawn by hand: no library, nothing fetched from elsewhere.
import { svg } from './dom.js';

/**
 * Vertical bars, one per point, e.g. articles per day.
 * points: [{label, count, href}] in display order.
 */
export function columnChart(points, { width = 640, height = 180, name = 'chart' } = {}) {
  const pad = { top: 14, right: 8, bottom: 26, left: 36 };
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  const max = Math.max(1, ...points.map((p) => p.count));
  const step = w / Math.max(1, points.length);
  const bar = Math.max(1, Math.min(40, step * 0.8));
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`, className: 'chart column-chart', role: 'img', 'aria-label': name,
  });
  chart.append(
    svg('line', { x1: pad.left, y1: pad.top + h, x2: pad.left + w, y2: pad.top + h, className: 'axis' }),
    svg('text', { x: pad.left - 6, y: pad.top + 4, className: 'tick', 'text-anchor': 'end' }, String(max)),
    svg('text', { x: pad.left - 6, y: pad.top + h, className: 'tick', 'text-anchor': 'end' }, '0'),
  );
  // Label the first and last bar and a few between, never so many that they overlap.
  const every = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor(w / 80))));
  points.forEach((p, i) => {
    const barHeight = Math.max(p.count > 0 ? 2 : 0, (p.count / max) * h);
    const x = pad.left + i * step + (step - bar) / 2;
    const rect = svg('rect', { x, y: pad.top + h - barHeight, width: bar, height: barHeight, className: 'bar' },
      svg('title', {}, `${p.label}: ${p.count}`));
    chart.append(p.href ? svg('a', { href: p.href, 'data-label': p.label }, rect) : rect);
    const last = points.length - 1;
    if ((i % every === 0 && last - i >= every) || i === last) {
      // the outermost labels are anchored inwards so that they stay inside the chart
      const anchor = i === 0 ? 'start' : i === last ? 'end' : 'middle';
      const at = i === 0 ? x : i === last ? x + bar : x + bar / 2;
      chart.append(svg('text', { x: at, y: height - 8, className: 'tick', 'text-anchor': anchor }, p.label));
    }
  });
  return chart;
}

/**
 * Horizontal bars with their labels, e.g. the most mentioned people.
 * items: [{label, count, href}], largest first.
 */
export function barList(items, { width = 520, row = 22, name = 'chart' } = {}) {
  const labelWidth = 150;
  const countWidth = 40;
  const w = width - labelWidth - countWidth;
  const max = Math.max(1, ...items.map((i) => i.count));
  const height = Math.max(row, items.length * row);
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`, className: 'chart bar-list', role: 'img', 'aria-label': name,
  });
  items.forEach((item, i) => {
    const y = i * row;
    const len = Math.max(2, (item.count / max) * w);
    const g = svg('g', {},
      svg('title', {}, `${item.label}: ${item.count}`),
      svg('text', { x: labelWidth - 6, y: y + row * 0.68, className: 'label', 'text-anchor': 'end' }, shorten(item.label, 11)),
      svg('rect', { x: labelWidth, y: y + 4, width: len, height: row - 8, className: 'bar' }),
      svg('text', { x: labelWidth + len + 4, y: y + row * 0.68, className: 'tick' }, String(item.count)));
    chart.append(item.href ? svg('a', { href: item.href, 'data-label': item.label }, g) : g);
  });
  return chart;
}

function shorten(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
