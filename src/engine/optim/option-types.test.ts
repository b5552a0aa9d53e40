import { describe, expect, it } from 'vitest';
import { optim, torch } from '../index';

const params = () => [torch.zeros(2, { requires_grad: true })];

describe('numeric hyper-parameters must be numbers (PyTorch raises TypeError for a str)', () => {
  it('a string lr or other numeric option is a TypeError naming the option', () => {
    expect(() => optim.Adam(params(), { lr: '0.001' as unknown as number })).toThrow(
      new TypeError("Adam.__init__(): lr must be a number (float), not str '0.001'"),
    );
    expect(() => optim.SGD(params(), { lr: 0.1, momentum: '0.9' as unknown as number })).toThrow(
      new TypeError("SGD.__init__(): momentum must be a number (float), not str '0.9'"),
    );
    expect(() => optim.AdamW(params(), { weight_decay: null as unknown as number })).toThrow(
      new TypeError('AdamW.__init__(): weight_decay must be a number (float), not NoneType'),
    );
    expect(() => optim.LBFGS(params(), { history_size: '10' as unknown as number })).toThrow(/history_size must be a number/);
    expect(() => optim.SGD(params(), { lr: 0.1, weight_decay: torch.tensor(0.1) as unknown as number })).toThrow(
      /weight_decay must be a number \(float\), not torch.FloatTensor/,
    );
  });

  it('betas (and Rprop etas) must be two numbers', () => {
    expect(() => optim.Adam(params(), { betas: ['0.9', 0.999] as unknown as number[] })).toThrow(
      new TypeError("Adam.__init__(): betas[0] must be a number (float), not str '0.9'"),
    );
    expect(() => optim.Rprop(params(), { etas: [0.5, '1.2'] as unknown as number[] })).toThrow(/etas\[1\] must be a number/);
  });

  it('groups passed as dicts and add_param_group are checked too', () => {
    expect(() => optim.SGD([{ params: params(), lr: '0.1' }], { lr: 0.01 })).toThrow(
      new TypeError("SGD.add_param_group(): lr must be a number (float), not str '0.1'"),
    );
    const opt = optim.SGD(params(), { lr: 0.01 });
    expect(() => opt.add_param_group({ params: params(), momentum: 'high' })).toThrow(/momentum must be a number/);
  });

  it('numbers, Tensor lr and Tensor betas still work, and PyTorch messages for bad numbers are kept', () => {
    expect(() => optim.Adam(params(), { lr: torch.tensor(0.01), betas: [torch.tensor(0.9), torch.tensor(0.99)] as unknown as number[] })).not.toThrow();
    expect(() => optim.SGD(params(), 0.1)).not.toThrow();
    expect(() => optim.SGD([{ params: params(), lr: 0.5 }, { params: params() }], { lr: 0.1, momentum: 0.9 })).not.toThrow();
    expect(() => optim.Adam(params(), { lr: -1 })).toThrow('Invalid learning rate: -1');
    expect(() => optim.Adam(params(), { betas: [1.5, 0.9] })).toThrow('Invalid beta parameter at index 0: 1.5');
  });
});
