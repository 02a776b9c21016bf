/**
 * Builds a tiny BERT-shaped ONNX model and WordPiece tokenizer for tests: `last_hidden_state` is the
 * embedding row of each token plus, where the attention mask is 1, a fixed "attended" vector
 * (Gather, Cast, Unsqueeze, Mul, Add). Padding positions keep their non-zero [PAD] row, as a real
 * encoder's would, so pooling that ignored the mask would give different vectors. A test can compute
 * the pooled sentence vectors by hand. The protobuf is encoded with a small subset of onnx.proto.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import protobuf from 'protobufjs';

const ONNX_SUBSET = `
syntax = "proto3";
package onnx;
message AttributeProto { string name = 1; int64 i = 3; repeated int64 ints = 8; int32 type = 20; }
message TensorProto {
  repeated int64 dims = 1; int32 data_type = 2; repeated float float_data = 4;
  repeated int64 int64_data = 7; string name = 8;
}
message NodeProto {
  repeated string input = 1; repeated string output = 2; string name = 3; string op_type = 4;
  repeated AttributeProto attribute = 5;
}
message TensorShapeProto {
  message Dimension { oneof value { int64 dim_value = 1; string dim_param = 2; } }
  repeated Dimension dim = 1;
}
message TypeProto {
  message Tensor { int32 elem_type = 1; TensorShapeProto shape = 2; }
  Tensor tensor_type = 1;
}
message ValueInfoProto { string name = 1; TypeProto type = 2; }
message GraphProto {
  repeated NodeProto node = 1; string name = 2; repeated TensorProto initializer = 5;
  repeated ValueInfoProto input = 11; repeated ValueInfoProto output = 12;
}
message OperatorSetIdProto { string domain = 1; int64 version = 2; }
message ModelProto {
  int64 ir_version = 1; string producer_name = 2; GraphProto graph = 7;
  repeated OperatorSetIdProto opset_import = 8;
}
`;

const FLOAT = 1;
const INT64 = 7;
const ATTRIBUTE_INT = 2;

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]'] as const;
export const WORDS = ['the', 'cat', 'sat', 'on', 'mat', 'il', 'gatto', 'era', 'sul', 'tappeto', '##s', 'dog'] as const;
export const VOCAB: readonly string[] = [...SPECIAL_TOKENS, ...WORDS];
export const HIDDEN = 4;
/** Added to the state of every attended (mask = 1) token. */
export const ATTENDED_BIAS: readonly number[] = [0.5, -0.25, 0.125, 0.75];

/** A deterministic, non-degenerate embedding table `[VOCAB.length, HIDDEN]`. */
export function embeddingTable(): number[][] {
  return VOCAB.map((_, row) =>
    Array.from({ length: HIDDEN }, (_, col) => Math.round(Math.sin(row * 7.3 + col * 1.9) * 1000) / 1000 + (col === row % HIDDEN ? 1 : 0)),
  );
}

function valueInfo(name: string, elemType: number, dims: Array<number | string>) {
  return {
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) },
      },
    },
  };
}

/** With `pooler`, the model also outputs `pooler_output` = tanh(state of the first token), like BERT's pooler. */
export function tinyBertOnnx(table: number[][] = embeddingTable(), options: { pooler?: boolean } = {}): Uint8Array {
  const root = protobuf.parse(ONNX_SUBSET).root;
  const ModelProto = root.lookupType('onnx.ModelProto');
  const graph = {
    name: 'tiny-bert',
    input: [
      valueInfo('input_ids', INT64, ['batch', 'sequence']),
      valueInfo('attention_mask', INT64, ['batch', 'sequence']),
      valueInfo('token_type_ids', INT64, ['batch', 'sequence']),
    ],
    output: [
      valueInfo('last_hidden_state', FLOAT, ['batch', 'sequence', table[0]!.length]),
      ...(options.pooler ? [valueInfo('pooler_output', FLOAT, ['batch', table[0]!.length])] : []),
    ],
    initializer: [
      { name: 'word_embeddings', dataType: FLOAT, dims: [table.length, table[0]!.length], floatData: table.flat() },
      { name: 'unsqueeze_axes', dataType: INT64, dims: [1], int64Data: [-1] },
      { name: 'attended_bias', dataType: FLOAT, dims: [ATTENDED_BIAS.length], floatData: [...ATTENDED_BIAS] },
      { name: 'first_token', dataType: INT64, dims: [], int64Data: [0] },
    ],
    node: [
      { name: 'lookup', opType: 'Gather', input: ['word_embeddings', 'input_ids'], output: ['token_states'], attribute: [{ name: 'axis', i: 0, type: ATTRIBUTE_INT }] },
      { name: 'mask_float', opType: 'Cast', input: ['attention_mask'], output: ['mask_f'], attribute: [{ name: 'to', i: FLOAT, type: ATTRIBUTE_INT }] },
      { name: 'mask_expand', opType: 'Unsqueeze', input: ['mask_f', 'unsqueeze_axes'], output: ['mask_3d'] },
      { name: 'attended', opType: 'Mul', input: ['mask_3d', 'attended_bias'], output: ['attended_states'] },
      { name: 'hidden', opType: 'Add', input: ['token_states', 'attended_states'], output: ['last_hidden_state'] },
      ...(options.pooler
        ? [
            { name: 'cls', opType: 'Gather', input: ['last_hidden_state', 'first_token'], output: ['cls_state'], attribute: [{ name: 'axis', i: 1, type: ATTRIBUTE_INT }] },
            { name: 'pooler', opType: 'Tanh', input: ['cls_state'], output: ['pooler_output'] },
          ]
        : []),
    ],
  };
  const message = ModelProto.fromObject({
    irVersion: 8,
    producerName: 'article-align-tests',
    opsetImport: [{ domain: '', version: 13 }],
    graph,
  });
  return ModelProto.encode(message).finish();
}

export function tinyTokenizerJson(): object {
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(VOCAB.map((token, id) => [token, id])),
    },
  };
}

export interface TinyModelOptions {
  /** sentence-transformers pooling written to `1_Pooling/config.json`; none when omitted. */
  pooling?: 'mean' | 'cls';
  maxLength?: number;
  /** Written to `config_sentence_transformers.json` as the `query` prompt. */
  queryPrompt?: string;
  /** Also output `pooler_output`. */
  pooler?: boolean;
  /** A sentence-transformers `2_Dense` layer with tanh after pooling (as LaBSE has). */
  dense?: { weight: number[][]; bias: number[] };
}

/** A safetensors file of float32 tensors. */
export function float32Safetensors(tensors: Record<string, { shape: number[]; values: number[] }>): Uint8Array {
  const header: Record<string, unknown> = {};
  let offset = 0;
  for (const [name, { shape, values }] of Object.entries(tensors)) {
    header[name] = { dtype: 'F32', shape, data_offsets: [offset, offset + values.length * 4] };
    offset += values.length * 4;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const bytes = new Uint8Array(8 + json.length + offset);
  const view = new DataView(bytes.buffer);
  view.setBigUint64(0, BigInt(json.length), true);
  bytes.set(json, 8);
  let at = 8 + json.length;
  for (const { values } of Object.values(tensors)) {
    for (const value of values) {
      view.setFloat32(at, value, true);
      at += 4;
    }
  }
  return bytes;
}

/** Writes the folder layout transformers.js loads: config, tokenizer files and `onnx/model.onnx`. */
export async function writeTinyBertModel(dir: string, options: TinyModelOptions = {}): Promise<void> {
  await mkdir(join(dir, 'onnx'), { recursive: true });
  const config = {
    model_type: 'bert',
    architectures: ['BertModel'],
    hidden_size: HIDDEN,
    vocab_size: VOCAB.length,
    max_position_embeddings: options.maxLength ?? 16,
    num_attention_heads: 1,
    num_hidden_layers: 0,
  };
  const tokenizerConfig = {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: options.maxLength ?? 16,
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    cls_token: '[CLS]',
    sep_token: '[SEP]',
  };
  await writeFile(join(dir, 'config.json'), JSON.stringify(config));
  await writeFile(join(dir, 'tokenizer.json'), JSON.stringify(tinyTokenizerJson()));
  await writeFile(join(dir, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig));
  await writeFile(join(dir, 'onnx', 'model.onnx'), tinyBertOnnx(embeddingTable(), { pooler: options.pooler ?? false }));
  if (options.queryPrompt !== undefined) {
    await writeFile(
      join(dir, 'config_sentence_transformers.json'),
      JSON.stringify({ prompts: { query: options.queryPrompt, passage: 'passage: ' }, default_prompt_name: null }),
    );
  }
  if (options.pooling) {
    const modules = [
      { idx: 0, name: '0', path: '', type: 'sentence_transformers.models.Transformer' },
      { idx: 1, name: '1', path: '1_Pooling', type: 'sentence_transformers.models.Pooling' },
      ...(options.dense ? [{ idx: 2, name: '2', path: '2_Dense', type: 'sentence_transformers.models.Dense' }] : []),
      { idx: 3, name: '3', path: '3_Normalize', type: 'sentence_transformers.models.Normalize' },
    ];
    if (options.dense) {
      const { weight, bias } = options.dense;
      await mkdir(join(dir, '2_Dense'), { recursive: true });
      await writeFile(
        join(dir, '2_Dense', 'config.json'),
        JSON.stringify({
          in_features: weight[0]!.length,
          out_features: weight.length,
          bias: true,
          activation_function: 'torch.nn.modules.activation.Tanh',
        }),
      );
      await writeFile(
        join(dir, '2_Dense', 'model.safetensors'),
        float32Safetensors({
          'linear.weight': { shape: [weight.length, weight[0]!.length], values: weight.flat() },
          'linear.bias': { shape: [bias.length], values: bias },
        }),
      );
    }
    await mkdir(join(dir, '1_Pooling'), { recursive: true });
    await writeFile(join(dir, 'modules.json'), JSON.stringify(modules));
    await writeFile(
      join(dir, '1_Pooling', 'config.json'),
      JSON.stringify({
        word_embedding_dimension: HIDDEN,
        pooling_mode_cls_token: options.pooling === 'cls',
        pooling_mode_mean_tokens: options.pooling === 'mean',
        pooling_mode_max_tokens: false,
      }),
    );
  }
}
