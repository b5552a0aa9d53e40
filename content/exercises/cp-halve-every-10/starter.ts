import { torch, nn, optim } from "torch";

// Unfinished on purpose: add a scheduler that halves the lr every 10 epochs (TODO 1 and 2), then press Check.
torch.manual_seed(0);
const x = torch.randn(64, 4);
const y = x.matmul(torch.tensor([[1.0], [-2.0], [0.5], [3.0]])).add(0.5);
const model = nn.Linear(4, 1);
const criterion = nn.MSELoss();
const optimizer = optim.SGD(model.parameters(), { lr: 0.1 });
// TODO 1: create a scheduler that halves the learning rate every 10 epochs

for (let epoch = 0; epoch < 40; epoch++) {
  optimizer.zero_grad();
  const loss = criterion(model(x), y);
  loss.backward();
  optimizer.step();
  // TODO 2: step the scheduler once per epoch, after optimizer.step()
  plot("lr", epoch, optimizer.param_groups[0].lr);
}
