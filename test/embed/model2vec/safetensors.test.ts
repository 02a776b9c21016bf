import { describe, expect, it } from 'vitest';

import {
  float16ToNumber,
  parseSafetensors,
  SafetensorsFormatError,
  tensorToFloat32,
  tensorToFloat64,
  tensorToInt32,
} from '../../../src/embed/model2vec/safetensors.js';

/** Assembles a safetensors file from tensors given as raw little-endian bytes. */
function build(tensors: Record<string, { dtype: string; shape: number[]; bytes: Uint8Array }>, pad = 0): Uint8Array {
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } };
  let offset = 0;
  for (const [name, tensor] of Object.entries(tensors)) {
    header[name] = { dtype: tensor.dtype, shape: tensor.shape, data_offsets: [offset, offset + tensor.bytes.byteLength] };
    offset += tensor.bytes.byteLength;
  }
  const json = new TextEncoder().encode(JSON.stringify(header) + ' '.repeat(pad));
  const out = new Uint8Array(8 + json.byteLength + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(json.byteLength), true);
  out.set(json, 8);
  let at = 8 + json.byteLength;
  for (const tensor of Object.values(tensors)) {
    out.set(tensor.bytes, at);
    at += tensor.bytes.byteLength;
  }
  return out;
}

function bytesOf(write: (view: DataView) => void, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  write(new DataView(bytes.buffer));
  return bytes;
}

describe('parseSafetensors', () => {
  it('decodes F32, F64, F16, BF16, I32, I64 and I8 tensors', () => {
    const file = parseSafetensors(
      build(
        {
          f32: { dtype: 'F32', shape: [2], bytes: bytesOf((v) => (v.setFloat32(0, 1.5, true), v.setFloat32(4, -2.25, true)), 8) },
          f64: { dtype: 'F64', shape: [1], bytes: bytesOf((v) => v.setFloat64(0, Math.PI, true), 8) },
          // 0x3c00 = 1, 0xc000 = -2, 0x3555 ≈ 0.33325, 0x0001 = smallest subnormal
          f16: { dtype: 'F16', shape: [4], bytes: bytesOf((v) => [0x3c00, 0xc000, 0x3555, 0x0001].forEach((b, i) => v.setUint16(i * 2, b, true)), 8) },
          // bfloat16 0x3fc0 = 1.5
          bf16: { dtype: 'BF16', shape: [1], bytes: bytesOf((v) => v.setUint16(0, 0x3fc0, true), 2) },
          i32: { dtype: 'I32', shape: [2], bytes: bytesOf((v) => (v.setInt32(0, 7, true), v.setInt32(4, -3, true)), 8) },
          i64: { dtype: 'I64', shape: [1], bytes: bytesOf((v) => v.setBigInt64(0, 123456789n, true), 8) },
          i8: { dtype: 'I8', shape: [2], bytes: Uint8Array.of(0xff, 0x05) },
        },
        3, // an odd header length puts the data off 4-byte alignment: the decoder must copy
      ),
    );
    expect(file.metadata).toEqual({ format: 'pt' });
    expect(Array.from(tensorToFloat32(file.tensors.get('f32')!))).toEqual([1.5, -2.25]);
    expect(tensorToFloat64(file.tensors.get('f64')!)[0]).toBe(Math.PI);
    const f16 = tensorToFloat64(file.tensors.get('f16')!);
    expect([f16[0], f16[1]]).toEqual([1, -2]);
    expect(f16[2]).toBeCloseTo(0.33325, 5);
    expect(f16[3]).toBe(2 ** -24);
    expect(tensorToFloat64(file.tensors.get('bf16')!)[0]).toBe(1.5);
    expect(Array.from(tensorToInt32(file.tensors.get('i32')!))).toEqual([7, -3]);
    expect(Array.from(tensorToInt32(file.tensors.get('i64')!))).toEqual([123456789]);
    expect(Array.from(tensorToFloat64(file.tensors.get('i8')!))).toEqual([-1, 5]);
    expect(file.tensors.get('f32')!.shape).toEqual([2]);
  });

  it('decodes half-precision infinities and NaN', () => {
    expect(float16ToNumber(0x7c00)).toBe(Number.POSITIVE_INFINITY);
    expect(float16ToNumber(0xfc00)).toBe(Number.NEGATIVE_INFINITY);
    expect(float16ToNumber(0x7e00)).toBeNaN();
  });

  it('rejects malformed files with a reason', () => {
    expect(() => parseSafetensors(Uint8Array.of(1, 2, 3))).toThrow(SafetensorsFormatError);
    const huge = new Uint8Array(16);
    new DataView(huge.buffer).setBigUint64(0, 1000n, true);
    expect(() => parseSafetensors(huge)).toThrow('header length 1000 exceeds the file size');
    const wrongSize = build({ x: { dtype: 'F32', shape: [3], bytes: new Uint8Array(8) } });
    expect(() => parseSafetensors(wrongSize)).toThrow('tensor "x" byte size does not match its shape and dtype');
    const badDtype = build({ x: { dtype: 'C64', shape: [1], bytes: new Uint8Array(8) } });
    expect(() => parseSafetensors(badDtype)).toThrow('tensor "x" has unsupported dtype "C64"');
  });
});
