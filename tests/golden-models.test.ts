/**
 * Small end-to-end training scripts in default float32, written as the lessons write them, vs real
 * PyTorch 2.x (tests/golden/models.json; Python twins in scripts/golden/gen_models.py, same names):
 * seeded init and data, every epoch's loss (rtol 1e-5 / atol 1e-6) and the final params.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- mirrors untyped learner code */
import { describe, expect, it } from 'vitest';
import { torch, nn, optim } from '../src/engine/index';
import { assertClose, F32_SCRIPT, loadFixture, values } from './golden/compare';

const fixture = loadFixture<{ losses: number[]; params: number[] }>('models.json');

type Run = () => { params: any[]; losses: number[] };

const MODELS: Record<string, Run> = {
  mlp_tanh_sgd: () => {
    torch.manual_seed(1);
    const model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1));
    const x = torch.randn(64, 2);
    const y = torch.randn(64, 1);
    const opt = optim.SGD(model.parameters(), { lr: 0.1, momentum: 0.9 });
    const criterion = nn.MSELoss();
    const losses: number[] = [];
    for (let epoch = 0; epoch < 50; epoch++) {
      opt.zero_grad();
      const loss = criterion(model(x), y);
      loss.backward();
      opt.step();
      losses.push(loss.item());
    }
    return { params: [...model.parameters()], losses };
  },
  mlp_relu_adamw_ce: () => {
    torch.manual_seed(2);
    const model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3));
    const x = torch.randn(30, 4);
    const y = torch.randint(0, 3, [30]);
    const opt = optim.AdamW(model.parameters(), { lr: 0.01 });
    const criterion = nn.CrossEntropyLoss();
    const losses: number[] = [];
    for (let epoch = 0; epoch < 40; epoch++) {
      opt.zero_grad();
      const loss = criterion(model(x), y);
      loss.backward();
      opt.step();
      losses.push(loss.item());
    }
    return { params: [...model.parameters()], losses };
  },
  linreg_rmsprop_steplr: () => {
    torch.manual_seed(3);
    const model = nn.Linear(3, 1);
    const x = torch.randn(50, 3);
    const y = x.matmul(torch.tensor([[1.5], [-2.0], [0.5]])).add(0.3);
    const opt = optim.RMSprop(model.parameters(), { lr: 0.05 });
    const sched = optim.lr_scheduler.StepLR(opt, { step_size: 10, gamma: 0.5 });
    const criterion = nn.MSELoss();
    const losses: number[] = [];
    for (let epoch = 0; epoch < 40; epoch++) {
      opt.zero_grad();
      const loss = criterion(model(x), y);
      loss.backward();
      opt.step();
      sched.step();
      losses.push(loss.item());
    }
    return { params: [...model.parameters()], losses };
  },
  groups_finetune: () => {
    torch.manual_seed(4);
    const base = nn.Linear(5, 4);
    const head = nn.Linear(4, 2);
    const x = torch.randn(20, 5);
    const y = torch.randn(20, 2);
    const opt = optim.Adam([{ params: base.parameters(), lr: 1e-4 }, { params: head.parameters() }], { lr: 1e-2 });
    const criterion = nn.MSELoss();
    const losses: number[] = [];
    for (let epoch = 0; epoch < 30; epoch++) {
      opt.zero_grad();
      const loss = criterion(head(torch.relu(base(x))), y);
      loss.backward();
      opt.step();
      losses.push(loss.item());
    }
    return { params: [...base.parameters(), ...head.parameters()], losses };
  },
};

describe('golden training scripts (PyTorch ' + fixture.torch + ')', () => {
  it('every Python script has a TypeScript twin', () => {
    expect(fixture.torch.startsWith('2.')).toBe(true);
    expect(Object.keys(MODELS).sort()).toEqual(Object.keys(fixture.cases).sort());
  });

  it.each(Object.keys(MODELS))('%s: loss per epoch and final params', (name) => {
    const fx = fixture.cases[name];
    const { params, losses } = MODELS[name]();
    assertClose(`${name} loss`, fx.losses, losses, F32_SCRIPT, (i) => `epoch ${i}`);
    assertClose(`${name} final params`, fx.params, params.flatMap((p) => values(p)), F32_SCRIPT);
  });
});
