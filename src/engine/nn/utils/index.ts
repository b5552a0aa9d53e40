/**
 * `torch.nn.utils`: gradient clipping. In the core its names are stubs; the extras chunk (../../extras.ts) puts
 * the real ones (./clip-grad.ts) into the same object when it loads (../../lazy.ts).
 */
import { lazyStubs, registerLazyTarget } from '../../lazy';
import type { clip_grad_norm_, clip_grad_value_ } from './clip-grad';

export const utils = lazyStubs('nn.utils') as unknown as {
  clip_grad_norm_: typeof clip_grad_norm_;
  clip_grad_value_: typeof clip_grad_value_;
};
registerLazyTarget('nn.utils', utils);
