// `<input type="datetime-local">` and `<input type="date">` speak the browser's local time without
// an offset; the collector speaks ISO 8601 instants with one. These convert between the two.

const pad = (value: number) => String(value).padStart(2, '0');

/** `2026-03-01T09:00` (local) for an instant, or '' when there is none. */
export function toLocalInput(instant: string | null | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An instant with the local offset, e.g. `2026-03-01T09:00:00-05:00`; the input as typed when it is not a date. */
export function fromLocalInput(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : withOffset(date);
}

/** Midnight (local) starting the given `YYYY-MM-DD` day, shifted by `days`. */
export function startOfDay(day: string, days = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return withOffset(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
}

function withOffset(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  const minutes = pad(Math.abs(offset) % 60);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${hours}:${minutes}`
  );
}
