/* eslint-disable @typescript-eslint/no-explicit-any -- learner-style code */
import { describe, expect, it } from 'vitest';
import { torch } from '../../index';
import { Generator } from '../../random';

const data = (torch as any).utils.data;
const vals = (t: any) => Array.from(t.data as ArrayLike<number>);

describe('torch.utils.data', () => {
  it('a learner\'s Dataset subclass (__len__/__getitem__) is batched by default_collate', () => {
    class Squares extends data.Dataset {
      __len__() {
        return 5;
      }
      __getitem__(i: number) {
        return [torch.tensor([i, i * i], { dtype: torch.float32 }), i % 2];
      }
    }
    const loader = data.DataLoader(new Squares(), { batch_size: 2 });
    expect(loader.__len__()).toBe(3);
    expect(loader.length).toBe(3);
    const batches = [...loader];
    expect(batches.map(([x]: any) => x.shape)).toEqual([[2, 2], [2, 2], [1, 2]]);
    expect(vals(batches[1][0])).toEqual([2, 4, 3, 9]);
    expect(batches[1][1].dtype).toBe('int64'); // Python ints collate to int64
    expect(vals(batches[1][1])).toEqual([0, 1]);
  });

  it('any object with __len__/__getitem__ works; dict samples collate per key, float numbers to float64', () => {
    const ds = { __len__: () => 3, __getitem__: (i: number) => ({ x: i + 0.5, name: `n${i}` }) };
    const [b] = [...data.DataLoader(ds, { batch_size: 3 })];
    expect(b.x.dtype).toBe('float64');
    expect(vals(b.x)).toEqual([0.5, 1.5, 2.5]);
    expect(b.name).toEqual(['n0', 'n1', 'n2']);
  });

  it('batch_size null yields the samples themselves; drop_last changes len()', () => {
    const ds = data.TensorDataset(torch.arange(5));
    expect([...data.DataLoader(ds, { batch_size: null })].map(([x]: any) => x.item())).toEqual([0, 1, 2, 3, 4]);
    expect(data.DataLoader(ds, { batch_size: 2 }).length).toBe(3);
    expect(data.DataLoader(ds, { batch_size: 2, drop_last: true }).length).toBe(2);
    expect([...data.DataLoader(ds, { batch_size: 2, drop_last: true })].map(([x]: any) => vals(x))).toEqual([[0, 1], [2, 3]]);
  });

  it('iter(loader) draws the base seed at once (PyTorch\'s iterator constructor), the shuffle seed at the first batch', () => {
    const ds = data.TensorDataset(torch.arange(4));
    /** torch.rand(1) after `skip` 32-bit outputs of a generator seeded with 3 */
    const randAfter = (skip: number) => {
      const g = new Generator(3);
      for (let i = 0; i < skip; i++) g.next32();
      return Math.fround(g.uniform24());
    };
    torch.manual_seed(3);
    const it = data.DataLoader(ds, { shuffle: true })[Symbol.iterator]();
    expect(torch.rand(1).item()).toBe(randAfter(2));
    torch.manual_seed(3);
    const it2 = data.DataLoader(ds, { shuffle: true })[Symbol.iterator]();
    it2.next();
    expect(torch.rand(1).item()).toBe(randAfter(4));
    torch.manual_seed(3);
    for (const batch of data.DataLoader(ds, { shuffle: false })) void batch;
    expect(torch.rand(1).item()).toBe(randAfter(2));
    void it;
  });

  it('a loader with its own generator leaves the default generator alone and repeats with the same seed', () => {
    const ds = data.TensorDataset(torch.arange(20));
    const order = (seed: number) => [...data.DataLoader(ds, { batch_size: 20, shuffle: true, generator: new Generator(seed) })].map(([x]: any) => vals(x))[0];
    torch.manual_seed(0);
    const ref = vals(torch.rand(2));
    torch.manual_seed(0);
    const a = order(7);
    expect(vals(torch.rand(2))).toEqual(ref);
    expect(order(7)).toEqual(a);
    expect(order(8)).not.toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('RandomSampler with replacement and num_samples; BatchSampler as batch_sampler', () => {
    const ds = data.TensorDataset(torch.arange(10));
    torch.manual_seed(0);
    const s = data.RandomSampler(ds, { replacement: true, num_samples: 40 });
    const idx = [...s];
    expect(idx).toHaveLength(40);
    expect(idx.every((i: number) => i >= 0 && i < 10)).toBe(true);
    const bs = data.BatchSampler(data.SequentialSampler(ds), 4, false);
    expect([...bs]).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    const loader = data.DataLoader(ds, { batch_sampler: bs });
    expect(loader.length).toBe(3);
    expect([...loader].map(([x]: any) => vals(x))).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
    expect(() => data.DataLoader(ds, { batch_sampler: bs, batch_size: 2 })).toThrow(
      'batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last',
    );
  });

  it('unknown options are named', () => {
    expect(() => data.DataLoader(data.TensorDataset(torch.arange(3)), { batchsize: 2 })).toThrow(/unexpected keyword argument 'batchsize'/);
  });
});
