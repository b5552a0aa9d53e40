"""Losses (values, gradients, grad_fn names) in float32 for src/engine/nn/losses.test.ts (its twin cases).

Writes src/engine/__fixtures__/nn.json (see README.md; run by run_chroot.sh)."""
import torch

from common import write_fixture

import torch.nn.functional as F
out = {}
x = torch.tensor([[2., 1., 0.1], [0.5, 2.5, 0.3], [1.0, -1.0, 0.0]], requires_grad=True)
t = torch.tensor([0, 2, 1])
w = torch.tensor([1., 2., 0.5])
def rec(name, loss):
    x.grad = None
    (loss.sum() if loss.dim() else loss).backward()
    out[name] = {'value': loss.tolist(), 'grad': x.grad.tolist(), 'grad_fn': type(loss.grad_fn).__name__}
rec('ce', F.cross_entropy(x, t))
rec('ce_w', F.cross_entropy(x, t, weight=w))
rec('ce_ignore', F.cross_entropy(x, t, ignore_index=2))
rec('ce_ls', F.cross_entropy(x, t, label_smoothing=0.1))
rec('ce_ls_w_ignore', F.cross_entropy(x, t, weight=w, label_smoothing=0.2, ignore_index=1))
rec('ce_sum', F.cross_entropy(x, t, reduction='sum'))
rec('ce_none', F.cross_entropy(x, t, reduction='none'))
p = torch.softmax(torch.tensor([[1., 2., 3.], [0., 0., 1.], [2., 0., 0.]]), 1)
rec('ce_probs', F.cross_entropy(x, p))
rec('ce_probs_ls_w', F.cross_entropy(x, p, label_smoothing=0.1, weight=w))
y = torch.tensor([[1., 0., 1.], [0., 1., 0.5], [0.2, 0.9, 0.]])
rec('bcel', F.binary_cross_entropy_with_logits(x, y))
rec('bcel_pw', F.binary_cross_entropy_with_logits(x, y, pos_weight=w, weight=torch.tensor([2., 1., 1.])))
rec('bce', F.binary_cross_entropy(torch.sigmoid(x), y))
rec('mse', F.mse_loss(x, y))
rec('l1_sum', F.l1_loss(x, y, reduction='sum'))
rec('nll', F.nll_loss(torch.log_softmax(x, 1), t))
rec('mse_spec_sum', F.mse_loss(torch.tensor([[1., 2.], [3., 5.]]) + 0 * x[0, :2], torch.tensor([[0., 2.], [1., 1.]]), reduction='sum'))
write_fixture("nn.json", "gen_engine_nn.py", out, dest="src/engine/__fixtures__")
