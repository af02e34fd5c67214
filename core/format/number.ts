/**
 * The one number and date formatter per locale (fi-FI, sv-FI, en-GB): thousands separators, decimal
 * commas and the like exactly as each language writes them. Formatters are built once per locale and
 * number of digits; the same code runs on the server and in the browser.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string, digits = 0, minDigits = 0): string {
  const key = `${locale}|${digits}|${minDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: minDigits });
    numberFormats.set(key, f);
  }
  return f.format(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date (and time when asked) of an ISO timestamp, in the reader's language and Finland's time zone. */
export function formatDate(iso: string, locale: string, withTime = false): string {
  const key = `${locale}|${withTime}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: 'Europe/Helsinki',
    });
    dateFormats.set(key, f);
  }
  return f.format(new Date(iso));
}
