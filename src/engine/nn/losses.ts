/** Loss modules: `nn.MSELoss()(pred, y)` etc. Options use PyTorch's keyword names. */
import { checkOptions } from '../options';
import type { Tensor } from '../tensor';
import {
  binary_cross_entropy, binary_cross_entropy_with_logits, checkReduction, cross_entropy, l1_loss, mse_loss, nll_loss, type Reduction,
} from './loss-functions';
import { Module, pythonForward } from './module';

abstract class Loss extends Module {
  reduction: Reduction;
  constructor(name: string, opts: Record<string, unknown> | undefined, keys: string[]) {
    super();
    const o = checkOptions(name, opts, ['reduction', 'size_average', 'reduce', ...keys]);
    this.reduction = checkReduction(o.reduction);
  }
}

export class MSELoss extends Loss {
  constructor(opts?: { reduction?: Reduction }) {
    super('MSELoss', opts, []);
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return mse_loss(input, target, { reduction: this.reduction });
  }
}

export class L1Loss extends Loss {
  constructor(opts?: { reduction?: Reduction }) {
    super('L1Loss', opts, []);
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return l1_loss(input, target, { reduction: this.reduction });
  }
}

export class CrossEntropyLoss extends Loss {
  weight: Tensor | null;
  ignore_index: number;
  label_smoothing: number;
  constructor(opts?: { weight?: Tensor | null; ignore_index?: number; reduction?: Reduction; label_smoothing?: number }) {
    super('CrossEntropyLoss', opts, ['weight', 'ignore_index', 'label_smoothing']);
    this.weight = opts?.weight ?? null;
    this.ignore_index = opts?.ignore_index ?? -100;
    this.label_smoothing = opts?.label_smoothing ?? 0;
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return cross_entropy(input, target, { weight: this.weight, ignore_index: this.ignore_index, reduction: this.reduction, label_smoothing: this.label_smoothing });
  }
}

export class NLLLoss extends Loss {
  weight: Tensor | null;
  ignore_index: number;
  constructor(opts?: { weight?: Tensor | null; ignore_index?: number; reduction?: Reduction }) {
    super('NLLLoss', opts, ['weight', 'ignore_index']);
    this.weight = opts?.weight ?? null;
    this.ignore_index = opts?.ignore_index ?? -100;
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return nll_loss(input, target, { weight: this.weight, ignore_index: this.ignore_index, reduction: this.reduction });
  }
}

export class BCEWithLogitsLoss extends Loss {
  weight: Tensor | null;
  pos_weight: Tensor | null;
  constructor(opts?: { weight?: Tensor | null; reduction?: Reduction; pos_weight?: Tensor | null }) {
    super('BCEWithLogitsLoss', opts, ['weight', 'pos_weight']);
    this.weight = opts?.weight ?? null;
    this.pos_weight = opts?.pos_weight ?? null;
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return binary_cross_entropy_with_logits(input, target, { weight: this.weight, pos_weight: this.pos_weight, reduction: this.reduction });
  }
}

export class BCELoss extends Loss {
  weight: Tensor | null;
  constructor(opts?: { weight?: Tensor | null; reduction?: Reduction }) {
    super('BCELoss', opts, ['weight']);
    this.weight = opts?.weight ?? null;
  }
  override forward(input: Tensor, target: Tensor): Tensor {
    return binary_cross_entropy(input, target, { weight: this.weight, reduction: this.reduction });
  }
}

// PyTorch's TypeError when a built-in module is called with too many or too few inputs
for (const [cls, name] of [
  [MSELoss, 'MSELoss'],
  [L1Loss, 'L1Loss'],
  [CrossEntropyLoss, 'CrossEntropyLoss'],
  [NLLLoss, 'NLLLoss'],
  [BCEWithLogitsLoss, 'BCEWithLogitsLoss'],
  [BCELoss, 'BCELoss'],
] as const) pythonForward(cls, name, ['input', 'target']);
