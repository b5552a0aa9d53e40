/** `torch.utils.data`: datasets, samplers, DataLoader, default_collate. */
import { callableClass } from '../../nn/callable';
import { default_collate } from './collate';
import { DataLoader } from './dataloader';
import { Dataset, TensorDataset } from './dataset';
import { BatchSampler, RandomSampler, Sampler, SequentialSampler } from './sampler';

export const data = {
  Dataset: callableClass(Dataset),
  TensorDataset: callableClass(TensorDataset),
  DataLoader: callableClass(DataLoader),
  Sampler: callableClass(Sampler),
  SequentialSampler: callableClass(SequentialSampler),
  RandomSampler: callableClass(RandomSampler),
  BatchSampler: callableClass(BatchSampler),
  default_collate,
};

export type { DataLoaderOptions } from './dataloader';
export type { MapDataset } from './dataset';
