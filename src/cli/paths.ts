import { isAbsolute, sep } from 'node:path';

/** `./m`, `../m`, `/m`: a path; `org/name` may be a model id. */
export function isExplicitPath(value: string): boolean {
  return value.startsWith('./') || value.startsWith('../') || value.startsWith('~') || isAbsolute(value);
}

export const toPosix = (path: string): string => path.split(sep).join('/');
