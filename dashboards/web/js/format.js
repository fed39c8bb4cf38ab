// French formatting of values and of masked or qualified statuses.

const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal2 = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const decimal1 = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });

/** True when the indicator's ratio is a share (shown as a percentage) rather than a plain ratio. */
export function isPercent(indicatorCode, unit) {
  if (unit !== 'ratio') return false;
  return /(_rate|_share)$/.test(indicatorCode) || indicatorCode.startsWith('share_');
}

/** Formats a numeric value of an indicator for display (value must not be null). */
export function formatValue(value, indicatorCode = '', unit = '') {
  if (indicatorCode === 'tension_index' || unit === 'score z') return decimal2.format(value);
  if (isPercent(indicatorCode, unit)) return percent.format(value);
  if (unit === 'ratio') return decimal2.format(value);
  if (Number.isInteger(value) || Math.abs(value) >= 100) return integer.format(value);
  return decimal1.format(value);
}

/** Short tick label for chart axes. */
export function formatTick(value, indicatorCode = '', unit = '') {
  if (isPercent(indicatorCode, unit)) return `${integer.format(value * 100)} %`;
  if (Math.abs(value) >= 1000) return integer.format(value);
  return Number.isInteger(value) ? integer.format(value) : decimal1.format(value);
}

const STATUS = {
  OK: { mark: '', label: '' },
  ROUNDED: { mark: '', label: 'valeur arrondie' },
  PROVISIONAL: { mark: 'p', label: 'valeur provisoire' },
  IMPUTED: { mark: 'e', label: 'valeur estimée' },
  PARTIAL: { mark: 'tp', label: 'total partiel (départements chargés seulement)' },
  MISSING: { mark: 'nd', label: 'valeur non disponible' },
  SECRET: { mark: 's', label: 'valeur masquée (secret statistique)' },
};

/** Normalises a status to the GraphQL enum spelling (OK, SECRET…). */
export function normStatus(status) {
  return String(status ?? 'OK').toUpperCase();
}

/** The mark and French label of a status: SECRET → « s », MISSING → « nd ». */
export function statusInfo(status) {
  return STATUS[normStatus(status)] ?? { mark: '?', label: `statut ${status}` };
}

/** True when the value cannot be shown (masked or missing): never display it as 0. */
export function isMasked(value, status) {
  const s = normStatus(status);
  return value === null || value === undefined || s === 'SECRET' || s === 'MISSING';
}

/** « 3 décembre 2026 à 13:12 » or the raw text when it is not a date. */
export function formatDateTime(text) {
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? String(text) : dateTime.format(date);
}

/** « il y a 2 heures » style freshness; empty when the date is unreadable. */
export function formatAge(text, now = new Date()) {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return '';
  const minutes = Math.round((now.getTime() - date.getTime()) / 60000);
  const rtf = new Intl.RelativeTimeFormat('fr-FR', { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return rtf.format(-hours, 'hour');
  return rtf.format(-Math.round(hours / 24), 'day');
}
