import { torch } from "torch";


torch.manual_seed(0);
const x = torch.randn(20, 1);
const y = x.mul(2).add(1); // y = 2x + 1
const w = torch.tensor([0.0], { requires_grad: true });
const b = torch.tensor([0.0], { requires_grad: true });
const lr = 0.1;

for (let epoch = 0; epoch < 20; epoch++) {
  const loss = x.mul(w).add(b).sub(y).pow(2).mean();
  loss.backward();
  torch.no_grad(() => {
    w.sub_(w.grad!.mul(lr));
    b.sub_(b.grad!.mul(lr));
  });
  w.grad = null;
  b.grad = null;
  print(`epoch ${epoch}: loss ${loss.item().toFixed(4)}`);
}
