/** Strips a UTF-8 BOM and turns CRLF / CR line ends into LF, so offsets and lines agree everywhere. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
}
