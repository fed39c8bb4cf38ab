// An SVG line chart with axes: categories (periods) on x, values on y. Masked values break the
// line and show « s » on the axis (never a 0); every point carries a <title> tooltip.

import { s } from './dom.js';
import { formatTick, formatValue, isMasked, statusInfo, normStatus } from './format.js';
import { noteTexts } from './notes.js';

// On a phone the chart is drawn in a narrower coordinate space, so that its 13 px text is not scaled down below
// 12 px when the 640-unit-wide chart shrinks to the screen (it was about 7 px at 390 px).
export const NARROW_SCREEN = '(max-width: 760px)'; // the phone layout of dashboard.css
const H = 260;
const M = { top: 14, right: 18, bottom: 36, left: 64 };

/** The width of the chart's coordinate space: 640 on a wide screen, 360 on a phone. */
export function chartWidth() {
  return typeof window !== 'undefined' && window.matchMedia?.(NARROW_SCREEN).matches ? 360 : 640;
}
const MARKERS = ['circle', 'square'];

/** Round tick values covering [min, max] (about five of them). */
export function niceTicks(min, max, count = 5) {
  if (min === max) { max = min === 0 ? 1 : min * 1.1; min = Math.min(0, min); }
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((st) => st >= raw) ?? 10 * power;
  const start = Math.floor(min / step) * step;
  const ticks = [];
  for (let v = start; v <= max + step * 0.5; v += step) ticks.push(Number(v.toPrecision(12)));
  if (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  return ticks;
}

function marker(kind, x, y, cls, title) {
  const shape = kind === 'square'
    ? s('rect', { x: x - 4, y: y - 4, width: 8, height: 8, class: cls })
    : s('circle', { cx: x, cy: y, r: 4.5, class: cls });
  shape.append(s('title', { text: title }));
  return shape;
}

/**
 * lines: [{ name, items: Map(period → {value, status, footnotes}) }]; categories: periods ascending.
 * Returns an <svg> element, or null when no value at all can be drawn.
 */
export function lineChart({ lines, categories, indicatorCode, unit, label }) {
  const values = lines.flatMap((l) => [...l.items.values()].filter((i) => !isMasked(i.value, i.status)).map((i) => i.value));
  if (categories.length === 0 || lines.every((l) => l.items.size === 0)) return null;
  const W = chartWidth();
  // Only masked values: draw the frame and the « s » marks, without a value scale.
  const scaled = values.length > 0;
  const ticks = scaled ? niceTicks(Math.min(0, ...values), Math.max(...values)) : [0, 1];
  const [y0, y1] = [ticks[0], ticks[ticks.length - 1]];
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (i) => M.left + ((i + 0.5) * plotW) / categories.length;
  const y = (v) => M.top + plotH - ((v - y0) / (y1 - y0)) * plotH;
  const fmt = (v) => formatValue(v, indicatorCode, unit);

  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart line-chart', role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet' });
  const grid = s('g', { class: 'axis y-axis' });
  for (const t of ticks) {
    grid.append(s('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: t === 0 ? 'zero' : 'gridline' }));
    if (scaled) grid.append(s('text', { x: M.left - 8, y: y(t), dy: '0.32em', 'text-anchor': 'end', text: formatTick(t, indicatorCode, unit) }));
  }
  const xAxis = s('g', { class: 'axis x-axis' },
    s('line', { x1: M.left, x2: W - M.right, y1: M.top + plotH, y2: M.top + plotH, class: 'baseline' }),
    categories.map((c, i) => s('text', { x: x(i), y: H - M.bottom + 18, 'text-anchor': 'middle', text: c })));
  svg.append(grid, xAxis);

  lines.forEach((line, li) => {
    const g = s('g', { class: `series series-${li}`, 'data-name': line.name });
    let d = '';
    let pen = false;
    categories.forEach((c, i) => {
      const item = line.items.get(c);
      if (!item || isMasked(item.value, item.status)) { pen = false; return; }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(item.value).toFixed(1)}`;
      pen = true;
    });
    g.append(s('path', { d, class: 'line' }));
    categories.forEach((c, i) => {
      const item = line.items.get(c);
      if (!item) return;
      if (isMasked(item.value, item.status)) {
        const { mark, label: statusLabel } = statusInfo(normStatus(item.status) === 'OK' ? 'MISSING' : item.status);
        const note = noteTexts(item).join(' ') || statusLabel;
        g.append(s('text', { x: x(i), y: M.top + plotH - 6 - li * 12, 'text-anchor': 'middle', class: 'masked-mark', tabindex: '0', 'data-period': c },
          mark, s('title', { text: `${line.name}, ${c} : ${note}` })));
        return;
      }
      const p = marker(MARKERS[li % MARKERS.length], x(i), y(item.value), 'point', `${line.name}, ${c} : ${fmt(item.value)}`);
      p.setAttribute('data-period', c);
      p.setAttribute('data-value', String(item.value));
      g.append(p);
    });
    svg.append(g);
  });
  return svg;
}
