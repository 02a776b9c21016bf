/** Child process for the cache test: one "run" writing the same entries as its siblings. */
import { withEmbeddingCache } from '../../src/embed/cache.js';

const [dir, countText] = process.argv.slice(2);
const texts = Array.from({ length: Number(countText) }, (_, i) => `Sentence number ${i} of a long article.`);
const embedder = withEmbeddingCache(
  {
    name: 'fake',
    dimension: 64,
    async embed(batch) {
      return batch.map((text) => Float32Array.from({ length: 64 }, (_, d) => Math.cos(text.length * (d + 1))));
    },
  },
  { dir: dir! },
);
const vectors = await embedder.embed(texts, 'en');
process.stdout.write(JSON.stringify({ count: vectors.length, stats: embedder.stats }));
