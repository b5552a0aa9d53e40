/**
 * `torch.utils`: `torch.utils.data` (datasets and loaders). In the core its names are stubs; the extras chunk
 * (../extras.ts) puts the real ones (./data/index.ts) into the same object when it loads (../lazy.ts).
 */
import { lazyStubs, registerLazyTarget } from '../lazy';
import type { data as DataNamespace } from './data/index';

const data = lazyStubs('utils.data') as unknown as typeof DataNamespace;
registerLazyTarget('utils.data', data);

export const utils = { data };
