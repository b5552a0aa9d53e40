import { afterEach, describe, expect, it } from 'vitest';
import { F, nn, torch } from './index';
import { onTrainingEvent, type TrainingEvent } from './events';

// Messages copied from PyTorch 2.14 (Debian sid build) running the same bad input.
const x = () => torch.tensor([1, 2], { requires_grad: true });
const cases: [string, () => unknown, string, string | RegExp][] = [
  ['mm shapes', () => torch.randn(100, 10).matmul(torch.randn(5, 1)), 'RuntimeError', 'mat1 and mat2 shapes cannot be multiplied (100x10 and 5x1)'],
  ['linear shapes', () => nn.Linear(10, 1)(torch.ones(100, 5)), 'RuntimeError', 'mat1 and mat2 shapes cannot be multiplied (100x5 and 10x1)'],
  ['vector @ matrix', () => torch.ones(3).matmul(torch.ones(4, 5)), 'RuntimeError', 'mat1 and mat2 shapes cannot be multiplied (1x3 and 4x5)'],
  ['matrix @ vector', () => torch.ones(2, 3).matmul(torch.ones(4)), 'RuntimeError', 'size mismatch, got input (2), mat (2x3), vec (4)'],
  ['dot sizes', () => torch.dot(torch.ones(3), torch.ones(4)), 'RuntimeError', 'inconsistent tensor size, expected tensor [3] and src [4] to have the same number of elements, but got 3 and 4 elements respectively'],
  ['broadcast dim 0', () => torch.ones(3).add(torch.ones(4)), 'RuntimeError', 'The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0'],
  ['broadcast dim 1', () => torch.ones(2, 3).add(torch.ones(4)), 'RuntimeError', 'The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1'],
  ['backward on non-scalar', () => x().mul(2).backward(), 'RuntimeError', 'grad can be implicitly created only for scalar outputs'],
  ['backward without grad', () => torch.ones(2).sum().backward(), 'RuntimeError', 'element 0 of tensors does not require grad and does not have a grad_fn'],
  ['requires_grad on int (factory)', () => torch.tensor([1, 2], { dtype: torch.int64, requires_grad: true }), 'RuntimeError', 'Only Tensors of floating point and complex dtype can require gradients'],
  ['requires_grad_ on int', () => torch.tensor([1, 2]).requires_grad_(), 'RuntimeError', 'only Tensors of floating point dtype can require gradients'],
  ['in-place on leaf', () => x().add_(1), 'RuntimeError', 'a leaf Variable that requires grad is being used in an in-place operation.'],
  ['requires_grad_ on non-leaf', () => x().mul(2).requires_grad_(false), 'RuntimeError', "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach()."],
  ['reshape size', () => torch.ones(12).reshape(3, 5), 'RuntimeError', "shape '[3, 5]' is invalid for input of size 12"],
  ['view infer', () => torch.ones(10).view(-1, 3), 'RuntimeError', "shape '[-1, 3]' is invalid for input of size 10"],
  ['dim out of range', () => torch.ones(2, 3).sum(2), 'IndexError', 'Dimension out of range (expected to be in range of [-2, 1], but got 2)'],
  ['index out of range', () => torch.ones(3).get(5), 'IndexError', 'index 5 is out of bounds for dimension 0 with size 3'],
  ['item of many', () => torch.ones(3).item(), 'RuntimeError', 'a Tensor with 3 elements cannot be converted to Scalar'],
  ['mean of int', () => torch.tensor([1, 2]).mean(), 'RuntimeError', /^mean\(\): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long/],
  ['t of 3-D', () => torch.ones(2, 2, 2).t(), 'RuntimeError', 't() expects a tensor with <= 2 dimensions, but self is 3D'],
  ['randint empty range', () => torch.randint(5, 5, [3]), 'RuntimeError', "random_ expects 'from' to be less than 'to', but got from=5 >= to=5"],
  ['negative size', () => torch.randn(2, -3), 'RuntimeError', 'Trying to create tensor with negative dimension -3: [2, -3]'],
  ['float size', () => torch.zeros(2.5), 'TypeError', "zeros(): argument 'size' (position 1) must be tuple of ints, not float"],
  ['NaN size', () => torch.zeros(NaN), 'TypeError', "zeros(): argument 'size' (position 1) must be tuple of ints, not float"],
  ['normal std < 0', () => torch.normal(0, -1, [3]), 'RuntimeError', 'normal expects std >= 0.0, but found std -1'],
  ['normal std NaN', () => torch.normal(0, NaN, [3]), 'RuntimeError', 'normal expects std >= 0.0, but found std NaN'],
  ['arange step 0', () => torch.arange(0, 10, 0), 'RuntimeError', 'step must be nonzero'],
  ['linspace steps < 0', () => torch.linspace(0, 1, -1), 'RuntimeError', 'number of steps must be non-negative'],
  ['ragged list', () => torch.tensor([[1, 2], [3]]), 'ValueError', 'expected sequence of length 2 at dim 1 (got 1)'],
  ['cat sizes', () => torch.cat([torch.ones(2, 3), torch.ones(2, 4)]), 'RuntimeError', 'Sizes of tensors must match except in dimension 0. Expected size 3 but got size 4 for tensor number 1 in the list.'],
  ['stack sizes', () => torch.stack([torch.ones(2), torch.ones(3)]), 'RuntimeError', 'stack expects each tensor to be equal size, but got [2] at entry 0 and [3] at entry 1'],
  ['cross_entropy float labels', () => F.cross_entropy(torch.ones(2, 3), torch.tensor([0.5, 1.5])), 'RuntimeError', /^expected target dtype to be Long or Byte, but got Float/],
  ['clamp without bounds', () => torch.ones(2).clamp(), 'RuntimeError', "torch.clamp: At least one of 'min' or 'max' must not be None"],
  ['int to negative power', () => torch.tensor([1, 2]).pow(-1), 'RuntimeError', 'Integers to negative integer powers are not allowed.'],
  ['expand sizes', () => torch.ones(3).expand(2, 4), 'RuntimeError', 'The expanded size of the tensor (4) must match the existing size (3) at non-singleton dimension 1.  Target sizes: [2, 4].  Tensor sizes: [3]'],
  ['permute duplicates', () => torch.ones(2, 3).permute(0, 0), 'RuntimeError', 'permute(): duplicate dims are not allowed.'],
  ['gradient shape', () => x().mul(2).backward({ gradient: torch.ones(3) }), 'RuntimeError', 'Mismatch in shape: grad_output[0] has a shape of torch.Size([3]) and output[0] has a shape of torch.Size([2]).'],
  ['bce target size', () => F.binary_cross_entropy_with_logits(torch.ones(3, 1), torch.ones(3)), 'ValueError', 'Target size (torch.Size([3])) must be the same as input size (torch.Size([3, 1]))'],
  ['bad reduction', () => nn.MSELoss({ reduction: 'avg' as never }), 'ValueError', 'avg is not a valid value for reduction'],
  ['retain_grad without grad', () => torch.ones(2).retain_grad(), 'RuntimeError', "can't retain_grad on Tensor that has requires_grad=False"],
  ['typo in options', () => torch.tensor([1.5], { requires_grd: true } as never), 'TypeError', /^tensor\(\) got an unexpected keyword argument 'requires_grd' \(valid keyword arguments: .*requires_grad.*did you mean 'requires_grad'\?\)$/],
  ['typo in module options', () => nn.Linear(2, 1, { bais: false } as never), 'TypeError', /^Linear\(\) got an unexpected keyword argument 'bais'/],
  ['allocation cap', () => torch.zeros(1e9), 'RangeError', /cannot allocate a tensor of 1000000000 elements/],
  ['allocation cap via ops', () => torch.ones(10000, 1).mul(torch.ones(1, 10000)), 'RangeError', /100000000 elements/],
];

describe('bad input raises PyTorch errors', () => {
  for (const [name, fn, type, msg] of cases) {
    it(`${name}: ${type}`, () => {
      let err: unknown;
      try {
        fn();
      } catch (e) {
        err = e;
      }
      expect(err, 'expected an error').toBeInstanceOf(Error);
      expect((err as Error).name).toBe(type);
      if (typeof msg === 'string') expect((err as Error).message).toBe(msg);
      else expect((err as Error).message).toMatch(msg);
    });
  }
});

describe('backward twice', () => {
  it('raises for nodes that saved tensors (mul) and passes for add', () => {
    const a = x();
    const l = a.mul(a).sum();
    l.backward();
    expect(() => l.backward()).toThrow(/^Trying to backward through the graph a second time \(or directly access saved tensors after they have already been freed\)\. Saved intermediate values of the graph are freed when you call \.backward\(\) or autograd\.grad\(\)\. Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward\.$/);
    const b = x();
    const m = b.add(1).sum();
    m.backward();
    m.backward();
    expect(b.grad!.tolist()).toEqual([2, 2]);
  });
});

describe('warnings as training events', () => {
  let off: () => void = () => {};
  afterEach(() => off());

  it('emits the MSELoss size-mismatch UserWarning', () => {
    const events: TrainingEvent[] = [];
    off = onTrainingEvent((e) => events.push(e));
    F.mse_loss(torch.ones(3, 1), torch.ones(3));
    expect(events).toContainEqual({
      type: 'warning',
      category: 'UserWarning',
      message: 'Using a target size (torch.Size([3])) that is different to the input size (torch.Size([3, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.',
    });
  });

  it('warns and returns null when reading .grad of a non-leaf', () => {
    const events: TrainingEvent[] = [];
    off = onTrainingEvent((e) => events.push(e));
    const y = x().mul(2);
    expect(y.grad).toBeNull();
    const w = events.find((e) => e.type === 'warning');
    expect(w && w.type === 'warning' && w.message).toMatch(/^The \.grad attribute of a Tensor that is not a leaf Tensor is being accessed\. .* See github\.com\/pytorch\/pytorch\/pull\/30531 for more information\.$/);
  });
});
