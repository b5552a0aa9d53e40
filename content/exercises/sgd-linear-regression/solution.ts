import { torch, nn, optim } from "torch";


torch.manual_seed(0);
const x = torch.randn(100, 1);
const y = x.mul(3).add(2).add(torch.randn(100, 1).mul(0.1)); // y = 3x + 2 + noise #zh: y = 3x + 2 + 噪声

const model = nn.Linear(1, 1);
const criterion = nn.MSELoss();
const optimizer = optim.SGD(model.parameters(), { lr: 0.1 });

for (let epoch = 0; epoch < 100; epoch++) {
  optimizer.zero_grad();
  const loss = criterion(model(x), y);
  loss.backward();
  optimizer.step();
  if (epoch % 20 === 0) print(`epoch ${epoch}, loss ${loss.item().toFixed(4)}`);
}
print('w =', model.weight.item(), 'b =', model.bias!.item());
