import { InvalidArgumentError } from 'commander';

/** `500000`, `512kb`, `10mb`, `1.5g` → bytes (config files may give a number directly). */
export function parseByteSize(value: string | number): number {
  if (typeof value === 'number') return value;
  const match = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/iu.exec(value.trim());
  if (match === null) throw new InvalidArgumentError('expected a size such as 500000, 512kb or 10mb');
  const unit = (match[2] ?? '').toLowerCase();
  const factor = unit.startsWith('g') ? 1024 ** 3 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('k') ? 1024 : 1;
  return Math.floor(Number(match[1]) * factor);
}

export function parsePositiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return parsed;
}

/** `30`, `2.5`: seconds, more than zero. */
export function parseSeconds(value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed) || parsed <= 0) throw new InvalidArgumentError('expected a number of seconds above 0');
  return parsed;
}
