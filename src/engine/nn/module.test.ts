import { describe, expect, it } from 'vitest';
import { nn, optim, torch } from '../index';
import { Tensor } from '../tensor';

class Net extends nn.Module {
  base: InstanceType<typeof nn.Linear>;
  scale: Tensor;
  head: InstanceType<typeof nn.Sequential>;
  constructor() {
    super();
    this.base = nn.Linear(2, 3);
    this.scale = nn.Parameter(torch.ones(1));
    this.head = nn.Sequential(nn.Tanh(), nn.Linear(3, 1));
  }
  override forward(x: Tensor): Tensor {
    return this.head(this.base(x).mul(this.scale));
  }
}

describe('nn.Module', () => {
  it('constructs with and without new, keeps instanceof, and is callable', () => {
    const a = nn.Linear(3, 2);
    const b = new nn.Linear(3, 2);
    expect(a).toBeInstanceOf(nn.Linear);
    expect(b).toBeInstanceOf(nn.Module);
    expect(a(torch.ones(4, 3)).shape).toEqual([4, 2]);
    expect(nn.MSELoss()(torch.ones(2), torch.zeros(2)).item()).toBe(1);
  });

  it('registers attributes in PyTorch order (own parameters first, then children)', () => {
    const net = new Net();
    expect(net.named_parameters().map(([n]) => n)).toEqual(['scale', 'base.weight', 'base.bias', 'head.1.weight', 'head.1.bias']);
    expect(net.base.parameters()).toHaveLength(2);
    expect(net.named_children().map(([n]) => n)).toEqual(['base', 'head']);
    expect(net.modules()).toHaveLength(5);
    expect(net(torch.ones(5, 2)).shape).toEqual([5, 1]);
  });

  it('prints like PyTorch', () => {
    const net = new Net();
    expect(String(net)).toBe(
      'Net(\n  (base): Linear(in_features=2, out_features=3, bias=True)\n  (head): Sequential(\n    (0): Tanh()\n    (1): Linear(in_features=3, out_features=1, bias=True)\n  )\n)',
    );
    expect(String(nn.Sequential(nn.Flatten(), nn.Softmax({ dim: 1 }), nn.LeakyReLU(), nn.Identity()))).toBe(
      'Sequential(\n  (0): Flatten(start_dim=1, end_dim=-1)\n  (1): Softmax(dim=1)\n  (2): LeakyReLU(negative_slope=0.01)\n  (3): Identity()\n)',
    );
    expect(String(nn.Linear(3, 2, { bias: false }))).toBe('Linear(in_features=3, out_features=2, bias=False)');
  });

  it('missing forward raises NotImplementedError', () => {
    class Empty extends nn.Module {}
    expect(() => new Empty()(torch.ones(1))).toThrow('Module [Empty] is missing the required "forward" function');
  });

  it('train() / eval() set training on every sub-module', () => {
    const net = new Net();
    net.eval();
    expect(net.training).toBe(false);
    expect(net.head.training).toBe(false);
    net.train();
    expect(net.base.training).toBe(true);
  });

  it('state_dict / load_state_dict round trip and strict errors', () => {
    torch.manual_seed(0);
    const a = nn.Linear(2, 1);
    const b = nn.Linear(2, 1);
    b.load_state_dict(a.state_dict());
    expect(b.weight.tolist()).toEqual(a.weight.tolist());
    expect(Object.keys(a.state_dict())).toEqual(['weight', 'bias']);
    expect(() => b.load_state_dict({ weight: a.weight })).toThrow(/Missing key\(s\) in state_dict: "bias"/);
    expect(() => nn.Linear(3, 1).load_state_dict(a.state_dict())).toThrow(/size mismatch for weight/);
  });

  it('double() converts parameters in place so optimizers keep working', () => {
    torch.manual_seed(0);
    const m = nn.Linear(2, 1).double();
    const opt = optim.SGD(m.parameters(), { lr: 0.1 });
    const loss = m(torch.ones(3, 2, { dtype: torch.float64 })).sum();
    expect(loss.dtype).toBe('float64');
    loss.backward();
    opt.step();
    expect(m.weight.dtype).toBe('float64');
  });

  it('Parameter shares storage, requires grad, and prints "Parameter containing:"', () => {
    const t = torch.tensor([1.5, 2.5]);
    const p = nn.Parameter(t);
    expect(p.requires_grad).toBe(true);
    expect(p.is_leaf).toBe(true);
    expect(p.data).toBe(t.data);
    expect(String(p)).toBe('Parameter containing:\ntensor([1.5000, 2.5000], requires_grad=True)');
  });

  it('deduplicates shared parameters', () => {
    const lin = nn.Linear(2, 2);
    const seq = nn.Sequential(lin, nn.ReLU(), lin);
    expect(seq.parameters()).toHaveLength(2);
  });

  it('load_state_dict(strict: false) returns _IncompatibleKeys and loads a JSON checkpoint (tolist nesting)', () => {
    const src = nn.Linear(2, 1);
    const dst = nn.Linear(2, 1);
    const json = JSON.parse(JSON.stringify(src.state_dict())) as Record<string, unknown>;
    expect(String(dst.load_state_dict(json as never))).toBe('<All keys matched successfully>');
    expect(Array.from(dst.weight.data)).toEqual(Array.from(src.weight.data));
    const r = nn.Linear(2, 1).load_state_dict({ weight: torch.zeros(1, 2), extra: torch.zeros(1) }, { strict: false });
    expect(r.missing_keys).toEqual(['bias']);
    expect(String(r)).toBe("_IncompatibleKeys(missing_keys=['bias'], unexpected_keys=['extra'])");
  });
});
