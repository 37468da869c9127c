/** The longest line of an axis label, in characters: longer labels wrap rather than being clipped. */
export const LABEL_LINE_CHARS = 28;

/**
 * An axis label as lines of at most `width` characters, broken between words (a word longer than
 * the width keeps a line of its own): chart.js draws an array as lines, where a long string would
 * be cut off at the chart's edge.
 */
export function wrapLabel(label: string, width = LABEL_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [label];
}
