import { describe, expect, it } from 'vitest';
import { nn, torch } from '../index';
import type { Tensor } from '../tensor';

// Messages as PyTorch 2.x on Python 3.10+ prints them (self is counted)
describe('built-in modules check their number of inputs like PyTorch', () => {
  it('too many inputs raise "X.forward() takes 2 positional arguments but 3 were given"', () => {
    const x = torch.ones(4, 3);
    const y = torch.ones(4, 2);
    expect(() => nn.Linear(3, 2)(x, y)).toThrow(new TypeError('Linear.forward() takes 2 positional arguments but 3 were given'));
    expect(() => nn.ReLU()(x, y, y)).toThrow(new TypeError('ReLU.forward() takes 2 positional arguments but 4 were given'));
    for (const [m, name] of [
      [nn.Tanh(), 'Tanh'], [nn.Sigmoid(), 'Sigmoid'], [nn.Identity(), 'Identity'], [nn.Flatten(), 'Flatten'],
      [nn.Sequential(nn.Linear(3, 2)), 'Sequential'], [nn.Softmax({ dim: 1 }), 'Softmax'],
    ] as const) {
      expect(() => m(x, y)).toThrow(new TypeError(`${name}.forward() takes 2 positional arguments but 3 were given`));
    }
    expect(() => nn.MSELoss()(x, x, x)).toThrow(new TypeError('MSELoss.forward() takes 3 positional arguments but 4 were given'));
  });

  it('too few inputs name the missing parameters', () => {
    expect(() => nn.Linear(3, 2)()).toThrow(new TypeError("Linear.forward() missing 1 required positional argument: 'input'"));
    expect(() => nn.MSELoss()(torch.ones(2))).toThrow(
      new TypeError("MSELoss.forward() missing 1 required positional argument: 'target'"),
    );
    expect(() => nn.L1Loss()()).toThrow(
      new TypeError("L1Loss.forward() missing 2 required positional arguments: 'input' and 'target'"),
    );
  });

  it('user modules keep their own signatures, also when they subclass a built-in', () => {
    class Two extends nn.Module {
      fc = nn.Linear(2, 1);
      override forward(a: Tensor, b?: Tensor, scale = 1): Tensor {
        return this.fc(b ? a.add(b) : a).mul(scale);
      }
    }
    const m = new Two();
    expect(m(torch.ones(1, 2)).shape).toEqual([1, 1]);
    expect(m(torch.ones(1, 2), torch.ones(1, 2), 2).shape).toEqual([1, 1]);
    class Scaled extends nn.Linear {
      override forward(x: Tensor, s = 1): Tensor {
        return super.forward(x).mul(s);
      }
    }
    expect(new Scaled(2, 1)(torch.ones(1, 2), 3).shape).toEqual([1, 1]);
    expect(nn.Linear(2, 1)(torch.ones(1, 2)).shape).toEqual([1, 1]);
  });
});
