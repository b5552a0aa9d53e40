import { describe, expect, it } from 'vitest';
import { executeInVm } from './node-vm';

// Tensors refuse JavaScript's number conversion (Symbol.toPrimitive), so no engine or runner path may convert a
// learner's tensor with Number(…) or an operator: a Tensor lr (PyTorch 2.x) goes through every event and snapshot.
describe('a Tensor lr goes through the runner, its events and snapshots', () => {
  it.each(['SGD', 'Adam', 'AdamW', 'RMSprop', 'Adagrad', 'Adadelta', 'Adamax', 'NAdam', 'RAdam', 'Rprop', 'ASGD'])('%s', async (name) => {
    const r = await executeInVm(`const w = torch.zeros(2, { requires_grad: true });
const opt = optim.${name}([w], { lr: torch.tensor(0.01) });
opt.add_param_group({ params: [torch.zeros(1, { requires_grad: true })], lr: torch.tensor(0.02) });
const s = optim.lr_scheduler.StepLR(opt, { step_size: 1 });
for (let i = 0; i < 2; i++) { opt.zero_grad(); w.sum().backward(); opt.step(); s.step(); }
console.log(String(opt).split('\\n')[0]);
console.log(opt.state_dict().param_groups.length);`);
    expect(r.error).toBeUndefined();
    expect(r.logs).toEqual([`${name} (`, '2']);
  });
});
