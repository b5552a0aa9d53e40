/**
 * The guide's training loop in default float32, as learners run it, vs real PyTorch 2.x
 * (tests/golden/guide.json, from scripts/golden/gen_guide.py): the seeded init and data bit for bit,
 * every epoch's loss to rtol 1e-5 and to 4 decimals (the print format), the printed lines, and the
 * final parameters.
 */
import { describe, expect, it } from 'vitest';
import { torch, nn, optim } from '../src/engine/index';
import { assertClose, assertExact, F32_SCRIPT, loadFixture, values } from './golden/compare';

interface GuideFixture {
  weight0: number[];
  bias0: number[];
  x: number[];
  y_true: number[];
  losses: number[];
  printed: string[];
  weight: number[];
  bias: number[];
}

const fixture = loadFixture<GuideFixture>('guide.json');
const fx = fixture.cases.guide_loop;

function setup() {
  torch.manual_seed(0);
  const model = nn.Linear(10, 1);
  const optimizer = optim.Adam(model.parameters(), { lr: 0.001 });
  const criterion = nn.MSELoss();
  const x = torch.randn(100, 10);
  const y_true = torch.randn(100, 1);
  return { model, optimizer, criterion, x, y_true };
}

describe('golden: the guide loop (PyTorch ' + fixture.torch + ')', () => {
  it('seeded nn.Linear(10, 1), x = randn(100, 10), y_true = randn(100, 1) equal PyTorch bit for bit', () => {
    expect(fixture.torch.startsWith('2.')).toBe(true);
    const { model, x, y_true } = setup();
    assertExact('guide weight0', fx.weight0, values(model.weight));
    assertExact('guide bias0', fx.bias0, values(model.bias));
    assertExact('guide x', fx.x, values(x));
    assertExact('guide y_true', fx.y_true, values(y_true));
  });

  it('100 epochs of Adam(lr=1e-3) + MSELoss: loss per epoch, printed lines, final params', () => {
    const { model, optimizer, criterion, x, y_true } = setup();
    const printed: string[] = [];
    for (let epoch = 0; epoch < 100; epoch++) {
      optimizer.zero_grad();
      const y_pred = model(x);
      const loss = criterion(y_pred, y_true);
      loss.backward();
      optimizer.step();
      const v: number = loss.item();
      assertClose(`guide epoch ${epoch} loss`, [fx.losses[epoch]], [v], F32_SCRIPT);
      if (v.toFixed(4) !== fx.losses[epoch].toFixed(4)) {
        throw new Error(`guide epoch ${epoch} loss: expected ${fx.losses[epoch].toFixed(4)} (print format), actual ${v.toFixed(4)} (${v})`);
      }
      if (epoch % 20 === 0) printed.push(`Epoch ${epoch}, Loss: ${v.toFixed(4)}`);
    }
    expect(printed).toEqual(fx.printed);
    assertClose('guide final weight', fx.weight, values(model.weight), F32_SCRIPT);
    assertClose('guide final bias', fx.bias, values(model.bias), F32_SCRIPT);
  });
});
