/**
 * The whole training loop through the public engine API (autograd, nn, optim, lr_scheduler), against real
 * PyTorch 2.14 numbers (float32, manual_seed(0) initialisation of nn.Linear(3, 1)):
 *
 *   torch.manual_seed(0); model = nn.Linear(3, 1); opt = Adam(model.parameters(), lr=0.1)
 *   sched = StepLR(opt, step_size=2, gamma=0.5)
 *   for 6 steps: zero_grad(); loss = mse_loss(model(x), y); loss.backward(); opt.step(); sched.step()
 */
import { describe, expect, it } from 'vitest';
import { torch, nn, optim, F } from '../index';
import { expectClose } from './test-helpers';

describe('optim in a full training loop', () => {
  it('matches PyTorch for Linear + Adam + StepLR', () => {
    torch.manual_seed(0);
    const model = nn.Linear(3, 1);
    const x = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0], [-1.5, 0.0, 1.0], [2.0, 1.0, -1.0]]);
    const y = torch.tensor([[1.0], [0.0], [-1.0], [2.0]]);
    const opt = optim.Adam(model.parameters(), { lr: 0.1 });
    const sched = optim.lr_scheduler.StepLR(opt, { step_size: 2, gamma: 0.5 });
    const losses: number[] = [];
    for (let i = 0; i < 6; i++) {
      opt.zero_grad();
      const loss = F.mse_loss(model.forward(x), y);
      loss.backward();
      opt.step();
      sched.step();
      losses.push(loss.item());
    }
    expectClose(losses, [2.6431329250335693, 1.5664849281311035, 0.8232172727584839, 0.5765928030014038, 0.4058278799057007, 0.34646907448768616], 0, 1e-6);
    expectClose(Array.from(model.weight.data), [0.3338121771812439, 0.6261917352676392, -0.148597851395607], 0, 1e-6);
    expectClose(Array.from(model.bias!.data), [-0.09080864489078522], 0, 1e-6);
    expect(sched.get_last_lr()).toEqual([0.0125, 0.0125].slice(0, opt.param_groups.length));
  });

  it('a step() after zero_grad() without backward() changes nothing (grads are None in 2.x)', () => {
    torch.manual_seed(0);
    const model = nn.Linear(2, 1);
    const opt = optim.SGD(model.parameters(), { lr: 0.1, momentum: 0.9, weight_decay: 0.1 });
    const before = Array.from(model.weight.data);
    opt.zero_grad();
    opt.step();
    expect(Array.from(model.weight.data)).toEqual(before);
  });
});
