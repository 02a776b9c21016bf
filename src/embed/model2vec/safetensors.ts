/**
 * A reader for the safetensors format: an 8-byte little-endian header length, a JSON header
 * `{name: {dtype, shape, data_offsets: [begin, end]}}`, then the raw little-endian tensor bytes.
 */

export type SafetensorsDtype =
  | 'F64'
  | 'F32'
  | 'F16'
  | 'BF16'
  | 'I64'
  | 'I32'
  | 'I16'
  | 'I8'
  | 'U64'
  | 'U32'
  | 'U16'
  | 'U8'
  | 'BOOL';

const BYTES_PER_ELEMENT: Record<SafetensorsDtype, number> = {
  F64: 8,
  F32: 4,
  F16: 2,
  BF16: 2,
  I64: 8,
  I32: 4,
  I16: 2,
  I8: 1,
  U64: 8,
  U32: 4,
  U16: 2,
  U8: 1,
  BOOL: 1,
};

export interface SafetensorsTensor {
  readonly name: string;
  readonly dtype: SafetensorsDtype;
  readonly shape: readonly number[];
  /** The tensor's raw little-endian bytes (a view into the file buffer). */
  readonly bytes: Uint8Array;
}

export interface SafetensorsFile {
  readonly tensors: ReadonlyMap<string, SafetensorsTensor>;
  readonly metadata: Readonly<Record<string, string>>;
}

export class SafetensorsFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SafetensorsFormatError';
  }
}

/** Parses a safetensors buffer without copying tensor data. */
export function parseSafetensors(buffer: Uint8Array): SafetensorsFile {
  if (buffer.byteLength < 8) throw new SafetensorsFormatError('file is shorter than its 8-byte header length');
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const headerLength = view.getBigUint64(0, true);
  if (headerLength > BigInt(buffer.byteLength - 8)) {
    throw new SafetensorsFormatError(`header length ${headerLength} exceeds the file size`);
  }
  const headerEnd = 8 + Number(headerLength);
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(8, headerEnd)));
  } catch {
    throw new SafetensorsFormatError('header is not valid UTF-8 JSON');
  }
  if (!isRecord(header)) throw new SafetensorsFormatError('header is not a JSON object');

  const data = buffer.subarray(headerEnd);
  const tensors = new Map<string, SafetensorsTensor>();
  let metadata: Record<string, string> = {};
  for (const [name, entry] of Object.entries(header)) {
    if (name === '__metadata__') {
      if (isRecord(entry)) metadata = Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, String(v)]));
      continue;
    }
    tensors.set(name, parseEntry(name, entry, data));
  }
  return { tensors, metadata };
}

function parseEntry(name: string, entry: unknown, data: Uint8Array): SafetensorsTensor {
  if (!isRecord(entry)) throw new SafetensorsFormatError(`tensor "${name}" has no descriptor`);
  const { dtype, shape, data_offsets: offsets } = entry;
  if (typeof dtype !== 'string' || !(dtype in BYTES_PER_ELEMENT)) {
    throw new SafetensorsFormatError(`tensor "${name}" has unsupported dtype ${JSON.stringify(dtype)}`);
  }
  if (!Array.isArray(shape) || !shape.every(isNonNegativeInteger)) {
    throw new SafetensorsFormatError(`tensor "${name}" has an invalid shape`);
  }
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isNonNegativeInteger)) {
    throw new SafetensorsFormatError(`tensor "${name}" has invalid data_offsets`);
  }
  const [begin, end] = offsets as [number, number];
  const typedDtype = dtype as SafetensorsDtype;
  const elements = (shape as number[]).reduce((product, size) => product * size, 1);
  if (end < begin || end > data.byteLength) {
    throw new SafetensorsFormatError(`tensor "${name}" lies outside the file`);
  }
  if (end - begin !== elements * BYTES_PER_ELEMENT[typedDtype]) {
    throw new SafetensorsFormatError(`tensor "${name}" byte size does not match its shape and dtype`);
  }
  return { name, dtype: typedDtype, shape: shape as number[], bytes: data.subarray(begin, end) };
}

/** The tensor's values as float32 (float types are converted, integers cast). */
export function tensorToFloat32(tensor: SafetensorsTensor): Float32Array {
  if (tensor.dtype === 'F32') return littleEndianView(tensor.bytes, Float32Array, 4);
  const values = tensorToFloat64(tensor);
  return Float32Array.from(values);
}

/** The tensor's values as float64, decoding every supported dtype. */
export function tensorToFloat64(tensor: SafetensorsTensor): Float64Array {
  const { bytes, dtype } = tensor;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = bytes.byteLength / BYTES_PER_ELEMENT[dtype];
  const out = new Float64Array(size);
  const read = elementReader(dtype, view);
  for (let i = 0; i < size; i++) out[i] = read(i);
  return out;
}

/** The tensor's values as int32 indices (for integer tensors such as a vocabulary `mapping`). */
export function tensorToInt32(tensor: SafetensorsTensor): Int32Array {
  if (tensor.dtype === 'I32') return littleEndianView(tensor.bytes, Int32Array, 4);
  if (!/^[IU]/.test(tensor.dtype)) {
    throw new SafetensorsFormatError(`tensor "${tensor.name}" has dtype ${tensor.dtype}, expected an integer type`);
  }
  return Int32Array.from(tensorToFloat64(tensor));
}

function elementReader(dtype: SafetensorsDtype, view: DataView): (index: number) => number {
  switch (dtype) {
    case 'F64':
      return (i) => view.getFloat64(i * 8, true);
    case 'F32':
      return (i) => view.getFloat32(i * 4, true);
    case 'F16':
      return (i) => float16ToNumber(view.getUint16(i * 2, true));
    case 'BF16':
      return (i) => bfloat16ToNumber(view.getUint16(i * 2, true));
    case 'I64':
      return (i) => Number(view.getBigInt64(i * 8, true));
    case 'U64':
      return (i) => Number(view.getBigUint64(i * 8, true));
    case 'I32':
      return (i) => view.getInt32(i * 4, true);
    case 'U32':
      return (i) => view.getUint32(i * 4, true);
    case 'I16':
      return (i) => view.getInt16(i * 2, true);
    case 'U16':
      return (i) => view.getUint16(i * 2, true);
    case 'I8':
      return (i) => view.getInt8(i);
    case 'U8':
    case 'BOOL':
      return (i) => view.getUint8(i);
  }
}

/** IEEE 754 half precision → number. */
export function float16ToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1;
  const exponent = (bits >> 10) & 0x1f;
  const fraction = bits & 0x3ff;
  if (exponent === 0) return sign * 2 ** -14 * (fraction / 1024);
  if (exponent === 0x1f) return fraction ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}

/** bfloat16 is the top half of a float32. */
function bfloat16ToNumber(bits: number): number {
  const scratch = new DataView(new ArrayBuffer(4));
  scratch.setUint32(0, bits << 16, false);
  return scratch.getFloat32(0, false);
}

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A zero-copy view when the host is little-endian and the bytes are aligned; a decoded copy otherwise. */
function littleEndianView(bytes: Uint8Array, Type: typeof Float32Array, width: 4): Float32Array;
function littleEndianView(bytes: Uint8Array, Type: typeof Int32Array, width: 4): Int32Array;
function littleEndianView(
  bytes: Uint8Array,
  Type: typeof Float32Array | typeof Int32Array,
  width: 4,
): Float32Array | Int32Array {
  const length = bytes.byteLength / width;
  if (LITTLE_ENDIAN_HOST && bytes.byteOffset % width === 0) return new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset, length);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Type(length);
  for (let i = 0; i < length; i++) {
    out[i] = Type === Float32Array ? view.getFloat32(i * 4, true) : view.getInt32(i * 4, true);
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
