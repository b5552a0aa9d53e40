import { torch, optim } from "torch";

// f(x) = x², start at x = 1, gradient descent with lr = 1.1 #zh: f(x) = x²，从 x = 1 出发，用 lr = 1.1 做梯度下降
const x = torch.tensor([1.0], { requires_grad: true });
const optimizer = optim.SGD([x], { lr: 1.1 });
plot('x', 0, x.item());
for (let step = 1; step <= 20; step++) {
  optimizer.zero_grad();
  const f = x.pow(2).sum();
  f.backward();
  optimizer.step();
  plot('x', step, x.item());
  print(`step ${step}: x = ${x.item().toFixed(4)}`);
}
