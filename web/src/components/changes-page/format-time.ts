/** A time from the API (ISO 8601, perhaps with nanoseconds) in words: "3 March 2025 at 14:05". Unreadable times are shown as given. */
export function formatTime(iso: string): string {
  const date = new Date(iso.replace(/(\.\d{3})\d+/, '$1').replace(/\[.*\]$/, ''));
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' })
    .replace(', ', ' at ');
}
