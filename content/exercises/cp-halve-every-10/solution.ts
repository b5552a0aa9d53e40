import { torch, nn, optim } from "torch";


torch.manual_seed(0);
const x = torch.randn(64, 4);
const y = x.matmul(torch.tensor([[1.0], [-2.0], [0.5], [3.0]])).add(0.5);
const model = nn.Linear(4, 1);
const criterion = nn.MSELoss();
const optimizer = optim.SGD(model.parameters(), { lr: 0.1 });
const scheduler = optim.lr_scheduler.StepLR(optimizer, { step_size: 10, gamma: 0.5 });

for (let epoch = 0; epoch < 40; epoch++) {
  optimizer.zero_grad();
  const loss = criterion(model(x), y);
  loss.backward();
  optimizer.step();
  scheduler.step();
  plot("lr", epoch, optimizer.param_groups[0].lr);
}
