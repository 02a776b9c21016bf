/**
 * Wraps plain text at word boundaries to lines of at most `width` characters after `indent`.
 * A word longer than the line (a URL, a long figure) gets a line of its own and is never cut.
 */
export function wrapWords(text: string, width: number, indent = ''): string {
  const room = Math.max(10, width - [...indent].length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if ([...candidate].length <= room || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}
