/**
 * Cells that use the engine's extras (StepLR, DataLoader, LBFGS) in TypeScript and Python, and the lines real
 * PyTorch prints for them, built from the golden fixtures. Shared by src/runner/lazy-extras.test.ts (TypeScript)
 * and tests/python/extras.test.ts (Python).
 */
const lines = (...l: string[]) => l.join('\n');

/** SGD(lr=0.1, momentum=0.9) on two groups (second lr 0.05), StepLR(step_size=3, gamma=0.5): get_last_lr() for 7 epochs. */
export const STEPLR = {
  ts: lines(
    'const a = torch.zeros(2, { requires_grad: true }), b = torch.zeros(2, { requires_grad: true })',
    'const opt = optim.SGD([{ params: [a] }, { params: [b], lr: 0.05 }], { lr: 0.1, momentum: 0.9 })',
    'const s = optim.lr_scheduler.StepLR(opt, { step_size: 3, gamma: 0.5 })',
    'for (let e = 0; e < 7; e++) { print(s.get_last_lr().map((v) => v.toFixed(6)).join(" ")); opt.step(); s.step() }',
  ),
  py: lines(
    'import torch',
    'from torch.optim.lr_scheduler import StepLR',
    'a = torch.zeros(2, requires_grad=True)',
    'b = torch.zeros(2, requires_grad=True)',
    'opt = torch.optim.SGD([{"params": [a]}, {"params": [b], "lr": 0.05}], lr=0.1, momentum=0.9)',
    's = StepLR(opt, step_size=3, gamma=0.5)',
    'for e in range(7):',
    '    print(" ".join(f"{v:.6f}" for v in s.get_last_lr()))',
    '    opt.step()',
    '    s.step()',
  ),
};

/** torch.manual_seed(0); DataLoader(TensorDataset(arange(10) float, 2·arange(10)), batch_size=7, shuffle=True), 2 epochs. */
export const DATALOADER = {
  ts: lines(
    'const { TensorDataset, DataLoader } = torch.utils.data',
    'torch.manual_seed(0)',
    'const ds = TensorDataset(torch.arange(10, { dtype: torch.float32 }), torch.arange(10).mul(2))',
    'const loader = DataLoader(ds, { batch_size: 7, shuffle: true })',
    'for (let e = 0; e < 2; e++) for (const [x, y] of loader) print(x)',
  ),
  py: lines(
    'import torch',
    'from torch.utils.data import DataLoader, TensorDataset',
    'torch.manual_seed(0)',
    'ds = TensorDataset(torch.arange(10, dtype=torch.float32), torch.arange(10) * 2)',
    'loader = DataLoader(ds, batch_size=7, shuffle=True)',
    'for e in range(2):',
    '    for x, y in loader:',
    '        print(x)',
  ),
};

/** LBFGS(lr=0.1, history_size=10) on Rosenbrock from (-1.5, 2) in float64: the loss step() returns, 3 steps. */
export const LBFGS_ROSENBROCK = {
  ts: lines(
    'const x = torch.tensor([-1.5, 2], { dtype: torch.float64, requires_grad: true })',
    'const opt = optim.LBFGS([x], { lr: 0.1, history_size: 10 })',
    'const closure = () => {',
    '  opt.zero_grad()',
    '  const a = x.get(0), b = x.get(1)',
    '  const loss = torch.sub(1, a).pow(2).add(b.sub(a.pow(2)).pow(2).mul(100))',
    '  loss.backward()',
    '  return loss',
    '}',
    'for (let i = 0; i < 3; i++) print(opt.step(closure).item().toFixed(6))',
  ),
  py: lines(
    'import torch',
    'x = torch.tensor([-1.5, 2.0], dtype=torch.float64, requires_grad=True)',
    'opt = torch.optim.LBFGS([x], lr=0.1, history_size=10)',
    'def closure():',
    '    opt.zero_grad()',
    '    loss = (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2',
    '    loss.backward()',
    '    return loss',
    'for i in range(3):',
    '    print(f"{opt.step(closure).item():.6f}")',
  ),
};

/** The printed lines PyTorch gives for the three cells above, from the golden fixtures. */
export function extrasLines(golden: { sched: number[][]; data: { head: number[] }[]; lbfgs: number[] }) {
  const tensorLine = (v: number[]) => `tensor([${v.map((n) => `${n}.`).join(', ')}])`;
  return {
    sched: golden.sched.slice(0, 7).map((lrs) => lrs.map((v) => v.toFixed(6)).join(' ')),
    data: golden.data.flatMap(({ head }) => [tensorLine(head.slice(0, 7)), tensorLine(head.slice(7))]),
    lbfgs: golden.lbfgs.map((v) => v.toFixed(6)),
  };
}
