/** A text's lines and the offset where each begins, for `\n`, `\r\n` and `\r` line ends alike. */
export function splitLines(text: string): { lines: string[]; starts: number[] } {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case, without a regular expression.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return { lines: text.split('\n'), starts };
  }
  const lineBreak = /\r\n|\r|\n/g;
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) starts.push(m.index + m[0].length);
  return { lines: text.split(/\r\n|\r|\n/), starts };
}
