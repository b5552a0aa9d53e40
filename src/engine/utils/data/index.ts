/** `torch.utils.data`: datasets, samplers, DataLoader, default_collate. */
import { callableClass } from '../../nn/callable';
import { default_collate } from './collate';
import { DataLoader, type DataLoaderOptions } from './dataloader';
import type { Tensor } from '../../tensor';
import { Dataset, TensorDataset, type MapDataset } from './dataset';
import { BatchSampler, RandomSampler, Sampler, SequentialSampler } from './sampler';

export const data = {
  Dataset: callableClass(Dataset),
  TensorDataset: callableClass(TensorDataset),
  // batches typed Tensor[] (a generic class would otherwise lose its default type argument here)
  DataLoader: callableClass(DataLoader as new (dataset: MapDataset, options?: DataLoaderOptions) => DataLoader<Tensor[]>),
  Sampler: callableClass(Sampler),
  SequentialSampler: callableClass(SequentialSampler),
  RandomSampler: callableClass(RandomSampler),
  BatchSampler: callableClass(BatchSampler),
  default_collate,
};

export type { DataLoaderOptions } from './dataloader';
export type { MapDataset } from './dataset';
